"""Compound requests as users write them (round 8): lists a lead announces, sending the answer somewhere, the one
worker that does what a part's verb says, and a result handed to a worker that does not do what is asked of it."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.lists import announced_items
from patterns.references import only_delivers
from tests.patterns.test_routing_users import specialists


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


async def route(decider: RankingDecider, request: str) -> list[tuple[str | None, tuple[str, ...]]]:
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.depends_on) for t in plan.tasks]


def test_an_announced_list_after_a_colon_is_cut_at_its_commas() -> None:
    assert texts("Three quick things: a 10% tip on $60, the capital of Peru, and check that bats are blind.") == [
        "What is a 10% tip on $60?",
        "What is the capital of Peru?",
        "Check that bats are blind",
    ]


def test_a_two_item_list_may_be_joined_by_and_alone() -> None:
    assert texts("Two questions for my homework: the square root of 81 and who wrote Macbeth?") == [
        "What is the square root of 81?",
        "Who wrote Macbeth?",
    ]


def test_a_lead_may_say_what_the_parts_are_for() -> None:
    assert len(texts("Three things for my trip: convert 50 euros to dollars, the capital of Chile and 8 x 7.")) == 3


def test_a_count_that_does_not_match_the_items_leaves_the_list_whole() -> None:
    assert announced_items("Three things: 5 plus 5, and the capital of Peru.") is None


def test_a_note_with_its_facts_after_a_colon_is_no_list() -> None:
    note = "Write a note to the neighbours: the bins go out on Tuesday, the gate code is 4412, and the party is at 7."
    assert texts(note) == [note]


def test_a_comma_inside_a_number_does_not_cut_an_item() -> None:
    assert texts("Two things: 1,250 minus 387, and who painted the Mona Lisa?") == [
        "What is 1,250 minus 387?",
        "Who painted the Mona Lisa?",
    ]


def test_sending_the_answer_is_a_part_of_its_own() -> None:
    assert texts("Work out 18 times 24 and text the answer to my wife.") == [
        "Work out 18 times 24",
        "Text the answer to my wife",
    ]
    assert texts("Figure out 3 hours in minutes, and forward the number to my teacher.")[1:] == [
        "Forward the number to my teacher"
    ]


def test_a_text_named_before_and_is_not_a_verb() -> None:
    request = "Summarize this text and keep it short: The pool reopens on Monday. Lessons restart on Wednesday."
    assert len(texts(request)) == 1


def test_what_only_delivers_an_answer() -> None:
    assert only_delivers("Text the result to my manager's phone")
    assert only_delivers("Email the total to our accountant")
    assert not only_delivers("Write a tweet about the result")
    assert not only_delivers("Send a note to Sam about the party")


def test_a_number_job_after_colon_material_leaves_the_text_to_the_part_that_points_at_it() -> None:
    request = "Summarize this complaint and also work out 15% of 80: The parcel came late. The box was crushed."
    assert texts(request) == [
        "Summarize this complaint: The parcel came late. The box was crushed.",
        "Work out 15% of 80",
    ]


@pytest.mark.anyio
async def test_the_answer_stands_when_sending_it_is_declined(decider: RankingDecider) -> None:
    # the sending part does not wait on the calculation: declining it must not hide the answer
    assert await route(decider, "Compute 12 times 4 and text the result to my boss.") == [
        ("calculator", ()),
        ("writer", ()),
    ]


@pytest.mark.anyio
async def test_the_one_worker_that_summarizes_takes_a_summary_of_feedback(decider: RankingDecider) -> None:
    request = "Summarize this staff feedback and also work out 7% of 300: The rota is clearer. The break room is small."
    assert [worker for worker, _ in await route(decider, request)] == ["summarizer", "calculator"]


@pytest.mark.anyio
async def test_translating_a_summary_is_not_the_summarizers_job(decider: RankingDecider) -> None:
    notice = "The bakery closes on 2 June. It reopens on 9 June."
    request = f"Summarize this and then translate the summary into Spanish: {notice}"
    assert await route(decider, request) == [("summarizer", ()), ("writer", ("1",))]


@pytest.mark.anyio
async def test_an_announced_list_reaches_one_specialist_per_item(decider: RankingDecider) -> None:
    request = "Three quick ones: 20% of 350, the capital of Canada, and fact-check that bats are blind."
    assert [worker for worker, _ in await route(decider, request)] == ["calculator", "researcher", "fact_checker"]


@pytest.mark.anyio
async def test_a_short_summary_asked_by_write_stays_with_the_summarizer(decider: RankingDecider) -> None:
    request = "Review the pull request for security problems and write a short summary of the issues for the team."
    assert [worker for worker, _ in await route(decider, request)] == ["code_reviewer", "summarizer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "double 47 and add 6",
        "Work out 15% of 640, then add that to 1,200",
        "start with 80, then add 10%",
        "Take 35% off 2,400, then spread it over the months",
        "simple interest on $5,000 at 3% per year for 2 years? I want the total",
    ],
)
async def test_a_step_on_the_number_before_stays_with_the_calculator(
    decider: RankingDecider, request_text: str
) -> None:
    # the calculator answers or declines the whole chain; a step sent elsewhere left its first number standing
    assert await route(decider, request_text) == [("calculator", ())]
