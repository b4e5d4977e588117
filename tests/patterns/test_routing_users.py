"""Routing requests the way users phrase them, over the six specialists' real cards and the sentence ranker."""

from collections.abc import Sequence

import pytest

from agents.models.embeddings import sentence_embedder
from patterns import Choice, RankingDecider, Request, Router, Worker
from patterns.deciding import unclaimed_action
from patterns.forms import question_form
from patterns.lexical import stem
from patterns.ranking import Ranker
from patterns.reading import is_claim, routing_text, verb_head
from tests.patterns.routed import specialists
from tests.patterns.scripted import Scripted

NOTICE = (
    "The gym will close for two weeks in August while the floors are replaced. Members get a free month in "
    "return. The pool stays open."
)


@pytest.fixture(scope="module")
def decider() -> RankingDecider:
    # the ranker every deployment builds by default (whatever ACCORD_RANKER says in this environment)
    return RankingDecider(Ranker(sentence_embedder(), lexical_weight=RankingDecider.LEXICAL_WEIGHT))


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        (f"give me the short version: {NOTICE}", "summarizer"),
        (f"4 bullet points, please: {NOTICE}", "summarizer"),
        (f"tldr: {NOTICE}", "summarizer"),
        (f"Summarize this film review: {NOTICE}", "summarizer"),
        (f'Can you summarise this book review? "{NOTICE}"', "summarizer"),
        (f'"{NOTICE}" - could you sum that up in one line?', "summarizer"),
        ("Look up how glaciers form", "researcher"),
        ("Look into what the ozone layer does", "researcher"),
        ("what does NATO stand for", "researcher"),
        ("Who invented the telephone?", "researcher"),
        ("Research the history of the bicycle", "researcher"),
        ("How far is Mars from the Sun?", "researcher"),
        ("How hot is the core of the Earth?", "researcher"),
        ("The Great Fire of London began in 1666.", "fact_checker"),
        ("Mount Fuji is taller than Mont Blanc, right?", "fact_checker"),
        ("is it true that camels store water in their humps", "fact_checker"),
        ("My teacher said glass is a liquid", "fact_checker"),
        ("what is 35% of 180", "calculator"),
        ("what is nine times seven", "calculator"),
        ("average of these lap times: 61.2, 59.8, 60.4, 62.0", "calculator"),
        ("when did the Suez Canal open?", "researcher"),
        ("convert 12 miles to kilometres", "calculator"),
        ("Write a thank-you note to Omar for reviewing my grant proposal", "writer"),
        ("Email the choir that Thursday's rehearsal moves to 7 pm", "writer"),
        (
            "Review this function for bugs:\n```python\ndef f(xs=[]):\n    xs.append(1)\n    return xs\n```",
            "code_reviewer",
        ),
        (
            "Is this handler safe from SQL injection?\n```python\ncur.execute('SELECT 1 WHERE id=' + uid)\n```",
            "code_reviewer",
        ),
    ],
)
def test_a_users_request_goes_to_the_agent_whose_card_fits(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "action"),
    [
        ("Order a large pepperoni pizza to my flat for seven tonight", "order"),
        ("Draw me a map of the bus routes in town", "draw"),
        ("Play something calm by Debussy", "play"),
    ],
)
async def test_a_request_no_agent_declares_is_declined_not_routed_on_noise(
    decider: RankingDecider, request_text: str, action: str
) -> None:
    workers = specialists()
    result = await Router(workers, decider=decider).send(Request(request_text))
    assert result.status == "rejected" and f"can {action}" in result.text and "closest" in result.text
    assert sum(w.calls for w in workers) == 0


@pytest.mark.anyio
async def test_a_knowledge_question_is_routed_however_weak_the_match(decider: RankingDecider) -> None:
    workers = specialists()
    result = await Router(workers, decider=decider).send(Request("How do volcanoes erupt?"))
    assert result.ok and sum(w.calls for w in workers) == 1


@pytest.mark.anyio
async def test_a_request_no_agent_declares_goes_to_the_fallback_when_there_is_one(decider: RankingDecider) -> None:
    generalist = Scripted("generalist")
    router = Router(specialists(), decider=decider, fallback=generalist)
    result = await router.send(Request("Book me a table for two at Luigi's at 8pm"))
    assert result.ok and result.text == "generalist done" and generalist.calls == 1


class Sure:
    """Prefers the first worker with a high confidence."""

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        return [Choice(w.name, 0.9 if i == 0 else 0.1) for i, w in enumerate(workers)]


@pytest.mark.anyio
async def test_a_sure_match_is_routed_even_when_its_verb_is_undeclared() -> None:
    workers = specialists()
    result = await Router(workers, decider=Sure()).send(Request("Order me a taxi to the station for 6am"))
    assert result.ok and workers[0].calls == 1


def test_a_bare_statement_is_routed_as_the_question_whether_it_is_true() -> None:
    assert routing_text("Octopuses have three hearts.") == "Is it true that Octopuses have three hearts?"
    assert routing_text("Bats are blind, right?") == "Is it true that Bats are blind?"


@pytest.mark.parametrize(
    "text",
    [
        "median and mean of 11, 4, 19",
        "Order me a box of printer paper",
        "Dig up what rivals charge for the same plan",
        "round 18,756 to the nearest hundred",
        "if I save $150 a month for 2 years how much do I have",
        "Please send the file to Ana",
    ],
)
def test_a_noun_phrase_an_instruction_or_a_question_is_no_claim(text: str) -> None:
    assert not is_claim(text)


def test_a_short_lead_before_a_colon_is_the_instruction_and_the_body_its_material() -> None:
    assert routing_text(f"tldr: {NOTICE}") == "tldr"
    assert routing_text("Time: 3 pm, how long until 5?") == "Time: 3 pm, how long until 5?"  # one sentence


def test_a_long_quote_is_material_wherever_it_stands() -> None:
    assert routing_text(f'"{NOTICE}" Can you summarize that?') == "Can you summarize that?"


def test_the_verb_phrase_runs_to_the_first_preposition_or_clause_word() -> None:
    assert verb_head("Could you please write a short summary of the issues") == "write a short summary"
    assert verb_head("Look up how the tides work") == "Look up"
    assert verb_head("Give me the gist") is None  # a light verb: its object says who acts
    assert verb_head("How far is Mars?") is None


def test_a_worker_that_only_works_on_numbers_is_not_chosen_for_a_question_without_any(
    decider: RankingDecider,
) -> None:
    choices = decider.rank_now("How fast can a peregrine falcon dive?", specialists())
    assert choices[0].worker != "calculator"
    assert decider.rank_now("a falcon dives 320 km in 1.2 hours, how fast is that?", specialists())[0].worker == (
        "calculator"
    )


def test_a_question_goes_to_an_agent_whose_examples_ask_that_way(decider: RankingDecider) -> None:
    assert question_form("When did the Suez Canal open?") == "open"
    assert question_form("Did the Suez Canal open in 1869?") == "polar"
    assert question_form("Can you summarize this?") is None  # a favour asked, not a question of fact
    assert decider.rank_now("Do goldfish really forget everything in three seconds?", specialists())[0].worker == (
        "fact_checker"
    )


def test_a_verb_an_example_opens_with_is_declared() -> None:
    workers = specialists()
    assert unclaimed_action("Send Lena a note that the van is fixed", workers) is None  # the writer's example
    assert unclaimed_action("Order me a taxi to the station for 6am", workers) == "order"


def test_british_and_american_spellings_share_a_stem() -> None:
    assert stem("summarise") == stem("summarized") == stem("summarizing")
    assert stem("analyse") == stem("analyze")
