"""Round 10 of issue 9: requests that tell the user's situation before they ask ("I missed the standup. Give me
the short version of the notes: ..."), a label before a dash ("Anatomy revision - how many bones ...?"), and a
statement followed by an instruction ("Our budget is £2,400 ... Work out that amount"), routed by what they ask."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from patterns.reading import is_claim, routing_text
from patterns.situation import asked_after_situation
from tests.patterns.test_routing_users import specialists

NOTICE = (
    "Drivers at the regional rail operator will strike on Wednesday and Friday next week. On strike days only one "
    "train an hour will run between the city centre and the airport."
)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (f"I missed the standup. Give me the short version of the notes: {NOTICE}", "summarizer"),
        (f"Travelling next week and this notice is long. Boil it down for me please: {NOTICE}", "summarizer"),
        (f"My landlord sent this and the wording is confusing. What does it boil down to? {NOTICE}", "summarizer"),
        (f"HR sent this round and everyone is asking what it changes. Can you sum it up? {NOTICE}", "summarizer"),
        (
            "These are the last few reviews for the lamp we sell. What's the overall picture? Several customers said "
            "it looks expensive. Two people said the switch broke within a month.",
            "summarizer",
        ),
        (
            "My dad spent two weeks on Ward 7 after his hip operation and the night staff were wonderful with him. "
            "Could you write a short card from our family to the nurses?",
            "writer",
        ),
        ("Anatomy revision - how many bones does an adult human skeleton have?", "researcher"),
    ],
)
def test_the_ask_after_the_users_situation_says_who_acts(decider: RankingDecider, text: str, agent: str) -> None:
    assert decider.rank_now(text, specialists())[0].worker == agent


def test_the_situation_is_no_part_of_what_is_asked() -> None:
    asked = asked_after_situation(f"I missed the standup. Give me the short version of the notes: {NOTICE}")
    assert asked is not None and asked[0] == "Give me the short version of the notes"
    assert routing_text(f"Travelling next week and this notice is long. Boil it down for me please: {NOTICE}") == (
        "Boil it down for me please"
    )


def test_a_request_that_opens_with_its_ask_has_no_situation() -> None:
    assert asked_after_situation("Summarise this: the pool shuts on Friday. It reopens on Monday.") is None
    assert asked_after_situation("Bats are blind.") is None


def test_data_before_the_last_question_stays_what_is_asked() -> None:
    text = "My phone plan is $35 a month plus 10 cents a message. I sent 240 last month. What's the bill?"
    assert routing_text(text) == text


def test_a_statement_then_an_instruction_is_no_claim() -> None:
    assert not is_claim("Our committee has a £2,400 budget and catering can take 15% of it. Work out that amount")
    assert is_claim("Our committee has a £2,400 budget and catering takes 15% of it.")


@pytest.mark.anyio
async def test_working_out_an_amount_told_before_goes_to_the_calculator(decider: RankingDecider) -> None:
    text = (
        "Our committee has a £2,400 budget and catering can take 15% of it. Work out that amount, then write a "
        "short note to the committee telling them that's what we can spend on food."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]


@pytest.mark.parametrize(
    "text",
    [
        "Did a 10 km run this morning in 52 minutes. What was my average speed in km/h?",
        "There are 25 students in a class. 60% are girls. How many boys are there?",
        "The gym membership is 42 a month; what's that for a whole year?",
        "Our water bill is $84 a month; how much is that a year?",
        "Treat these as the whole population and give me the standard deviation: 10, 12, 23, 23, 16",
        "Assume 5% interest a year and work out what $2,000 grows to in 3 years",
        "I'm a teacher. Need a text message to parents, no more than 50 words: school closes at 1pm on Friday.",
        "Prints everything and then blows up at the end. What's wrong?\n```python\n"
        "def print_all(items):\n    for i in range(len(items) + 1):\n        print(items[i])\n```",
        "Our residents' association minutes, could you shorten them for the noticeboard? The committee agreed to "
        "spend £600 on the gate. A second bench was postponed until the spring.",
    ],
)
def test_one_job_told_with_its_circumstances_is_one_part(text: str) -> None:
    assert len(split_tasks(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Consider the three options and write a short summary of each, then email it to Sam",
        "Work out 15% of 80, and also who wrote Hamlet?",
        "Summarize this report and then translate it into French: The pool closes on Friday. It reopens Monday.",
    ],
)
def test_a_second_job_is_still_a_part_of_its_own(text: str) -> None:
    assert len(split_tasks(text)) > 1


def test_the_users_own_minutes_are_the_text_to_shorten(decider: RankingDecider) -> None:
    text = (
        "Our residents' association minutes, could you shorten them for the noticeboard? The committee agreed to "
        "spend £600 repairing the playground gate. A second bench by the pond was postponed until the spring."
    )
    assert decider.rank_now(text, specialists())[0].worker == "summarizer"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "My phone plan is $35 a month plus 10 cents for every text. I sent 240 texts last month. What's the bill?",
            "calculator",
        ),
        (
            "A triangular sail has a base of 9 cm and a height of 14 cm on my model boat plans. What's its area?",
            "calculator",
        ),
        (
            "Set up an out of office for me: I'm away from 12 to 19 August with no access to email. For anything "
            "urgent, people should contact Priya Shah at priya.shah@example.com.",
            "writer",
        ),
    ],
)
def test_figures_then_what_they_come_to_and_an_out_of_office(decider: RankingDecider, text: str, agent: str) -> None:
    ranked = decider.rank_now(text, specialists())
    assert ranked[0].worker == agent


@pytest.mark.anyio
async def test_each_item_of_an_announced_list_is_a_job_of_its_own(decider: RankingDecider) -> None:
    text = (
        "Three quick things: a 15% tip on $48, the capital of Canada, and check the claim that the Sahara is the "
        "largest hot desert in the world."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "researcher", "fact_checker"]


@pytest.mark.parametrize(
    "text",
    [
        "Check the code in github.com/acme-shop/checkout for bugs and tell me what to fix.",
        "Can you review my code and tell me what's wrong with it?",
        "Look over the function I wrote yesterday and tell me how to fix it.",
    ],
)
def test_what_a_review_found_said_as_advice_is_the_same_review(text: str) -> None:
    assert len(split_tasks(text)) == 1


@pytest.mark.parametrize(
    "text", ["what is the chemical symbol for iron", "What's the chemical formula for table salt?"]
)
def test_a_chemical_symbol_is_looked_up_not_worked_out(decider: RankingDecider, text: str) -> None:
    assert decider.rank_now(text, specialists())[0].worker == "researcher"


def test_a_polite_ask_after_the_users_situation_says_who_acts(decider: RankingDecider) -> None:
    text = (
        "Quick favour before my train leaves in ten minutes, could you give me the short version of this email from "
        "the school? The trip to the science museum is now on Thursday 9 May. Pupils should arrive at 8.15am."
    )
    assert routing_text(text).startswith("could you give me the short version")
    assert decider.rank_now(text, specialists())[0].worker == "summarizer"
