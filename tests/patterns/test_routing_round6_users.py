"""Round 6 of issue 9: the kind of a text handed over is not the work asked of it, texts cut "down", the data of a
question before it, a guess at a question's answer after it, a verdict asked of the same job, a choice among the
options just compared, a claim followed by "can you check that", a named kind of text before its facts; and the
hand-off of a looked-up quantity to a calculator, in the words users write them."""

import pytest

from patterns import ClausePlanner, Pipeline, RankingDecider, Request, Result
from patterns.clauses import split_material, split_tasks
from patterns.forms import points_at_material
from patterns.handoff import handed_on
from patterns.jobs import composes_from_notes
from patterns.reading import recast_head, routing_text
from tests.patterns.scripted import Scripted
from tests.patterns.test_routing_users import specialists

LETTER = (
    "Dear customer, from 1 March our opening hours change. We will open at 9am instead of 8am. "
    "Saturday hours stay the same."
)


def test_the_kind_of_a_text_handed_over_is_read_plainly() -> None:
    assert routing_text(f"summarise this letter from the bank: {LETTER}") == "summarise this text from the bank"
    assert routing_text(f"Condense these emails for me: {LETTER}") == "Condense these texts for me"
    assert routing_text("Write a letter to the bank about my card") == "Write a letter to the bank about my card"


def test_a_text_cut_down_is_a_text_shortened() -> None:
    assert recast_head("Boil this email down to 30 words") == "Shorten this email"
    assert recast_head("trim it down a little") == "Shorten it"
    assert recast_head("Cut the cake into eight pieces") is None  # no "down": not a text made shorter


def test_a_statement_before_the_data_of_a_question_is_no_claim() -> None:
    text = "My budget is tight: I earn 1,900 a month, rent is 800 and food is 300. What's left over?"
    assert routing_text(text) == text  # the question after the data is what is asked


def test_a_guess_after_a_question_is_no_part_of_its_own() -> None:
    assert len(split_tasks("What's the capital of Canada? My flatmate reckons it's Toronto.")) == 1
    assert len(split_tasks("when did the berlin wall come down? my teacher said 1991")) == 1
    assert len(split_tasks("What's the capital of Canada? Also write a haiku about snow.")) == 2


def test_short_quantity_statements_before_a_question_are_its_data() -> None:
    assert len(split_tasks("A bike costs $320 before tax. Tax is 8%. What do I pay in total?")) == 1


def test_a_verdict_on_the_same_job_is_no_part_of_its_own() -> None:
    assert len(split_tasks("Review PR #77 at https://example.com/pr/77 and tell me if it's safe to merge")) == 1
    assert len(split_tasks("Summarize this article and tell me who wrote it: A. B. C.")) == 2


def test_a_short_lead_naming_the_work_introduces_its_text() -> None:
    assert split_material(f"Quick recap please: {LETTER}") == ("Quick recap please", LETTER)
    assert split_material(f"Reminder for parents: {LETTER}")[0] == "Reminder for parents"


def test_one_sentence_of_points_after_write_is_what_to_write_from() -> None:
    points = "book rooms through the app, cancel if you can't make it, leave the room tidy"
    assert composes_from_notes("Write three bullet points for the wiki", points)
    assert not composes_from_notes("Summarize this", points)


def test_a_time_pointed_at_is_no_text() -> None:
    assert not points_at_material("Is the museum open this weekend?")
    assert points_at_material("Is this paragraph too long?")


@pytest.mark.parametrize(
    ("request_text", "agent"),
    [
        (f"summarise this letter from the bank: {LETTER}", "summarizer"),
        (f"Boil this email down to 20 words: {LETTER}", "summarizer"),
        ("My marks are in: 72 in maths, 85 in English, 64 in science and 91 in art. What's my average?", "calculator"),
        ("Write two bullet points for the handbook: receipts within 30 days, claims over 200 need sign-off", "writer"),
        ("Reminder for parents: swimming starts again on 9 January, bring a towel, lessons end at 4:15", "writer"),
        ("My neighbour says the Great Wall is visible from the Moon. Can you check that for me?", "fact_checker"),
        ("What's the population of Lagos? My friend says it's 20 million.", "researcher"),
        ("Write a letter to my landlord asking for the boiler to be fixed by Friday.", "writer"),
    ],
)
def test_round6_requests_reach_the_specialist_that_answers_them(
    decider: RankingDecider, request_text: str, agent: str
) -> None:
    assert decider.rank_now(request_text, specialists())[0].worker == agent


@pytest.mark.anyio
async def test_the_choice_among_options_just_compared_is_the_same_job(decider: RankingDecider) -> None:
    text = "Which is the better deal: 6 eggs for $2.10 or 12 eggs for $3.90? Tell me the cost per egg of the cheaper."
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]
    assert "of the cheaper" in plan.tasks[0].text and plan.tasks[0].text.startswith("Which is the better deal")


def test_a_citation_line_is_not_handed_on() -> None:
    answer = "Paris is the capital of France. Source: Capital cities of the world (world-capitals.md, document 12)"
    assert handed_on(Result(text=answer)) == "Paris is the capital of France."


@pytest.mark.anyio
async def test_a_looked_up_quantity_is_worked_into_the_calculator_step() -> None:
    passage = "Measured to its summit, Mount Everest rises 8,848.86 metres above sea level, as surveyed in 2020."
    researcher = Scripted("researcher", passage, description="Looks things up in the knowledge base")
    calculator = next(w for w in specialists() if w.name == "calculator")
    calculator.replies = list[object](["29031.69 feet"])
    request = Request("Look up how tall Mount Everest is in metres, then convert that height to feet.")
    await Pipeline([researcher, calculator]).send(request)
    assert calculator.requests[0].text == "Convert 8,848.86 metres to feet"


@pytest.mark.anyio
async def test_a_passage_with_no_one_quantity_is_handed_over_whole() -> None:
    passage = "The tower is 330 metres tall and 125 metres wide at its base."
    researcher = Scripted("researcher", passage, description="Looks things up in the knowledge base")
    calculator = next(w for w in specialists() if w.name == "calculator")
    request = Request("Look up the tower's size, then convert that figure to feet.")
    await Pipeline([researcher, calculator]).send(request)
    # no unit asked: two quantities and none chosen, so the whole passage is the material
    assert calculator.requests[0].text == f"Convert that figure to feet:\n\n{passage}"
