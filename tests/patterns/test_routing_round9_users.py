"""Round 9 of issue 9: single requests routed by what they ask, in the words users write them. Errands no agent
does ("order me a pizza") are declined, not handed to whoever ranked first; "In which year ..." without its
question mark is a question, not a claim; what holds now (weather, prices, scores) is the researcher's kind of
question; "how many minutes are in a day" is a sum; "figure out" works something out; a pipeline stage is handed
the earlier output without the report's scope lines, and named as "this" rather than as what an earlier worker
did."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, Result, Router, split_tasks
from patterns.deciding import unclaimed_action
from patterns.handoff import handed_on, step_text
from patterns.live import asks_about_now
from patterns.measures import converts_units
from patterns.reading import is_claim, routing_text
from tests.patterns.scripted import Scripted
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Order me a large pepperoni pizza to my flat", "order"),
        ("Book a table for four at the Thai place on Friday", "book"),
        ("Call the garage and ask if my car is ready", "call"),
        ("buy me two tickets for the match", "buy"),
        ("Play something relaxing", "play"),
        ("remind me to take the bins out tonight", "remind"),
    ],
)
def test_an_errand_no_agent_offers_is_unclaimed(text: str, action: str) -> None:
    # "book" and "order" appear on cards only as nouns ("a review of a book", "in their original order")
    assert unclaimed_action(text, specialists()) == action


@pytest.mark.parametrize(
    "text",
    [
        "Come up with a tagline for our bakery, Crumbs",
        "Remind the choir that rehearsal moves to the church hall on Thursday",
        "Thank Amir for fixing the printer on Monday",
        "Send Dana a note that the van is fixed",
        "Review this pull request before I merge it",
        "Sum up this thread for my manager",
    ],
)
def test_an_action_some_agent_offers_is_claimed(text: str) -> None:
    assert unclaimed_action(text, specialists()) is None


@pytest.mark.anyio
async def test_the_router_declines_an_errand_in_one_line(decider: RankingDecider) -> None:
    workers = specialists()
    result = await Router(workers, decider=decider).send(Request("Order a bunch of flowers for my mum's birthday"))
    assert result.status == "rejected" and "order" in result.text
    assert all(w.calls == 0 for w in workers)


@pytest.mark.parametrize(
    "text",
    [
        "In which year did the Berlin Wall fall",
        "in what year was the Eiffel Tower finished",
        "On which day did the Titanic sink",
    ],
)
def test_a_question_after_a_preposition_is_no_claim(text: str) -> None:
    assert not is_claim(text)
    assert not routing_text(text).startswith("Is it true that")


@pytest.mark.parametrize(
    "text",
    [
        "In which year did the Berlin Wall fall",
        "In what year did Apollo 11 land on the Moon",
        "What's the weather like in Lisbon right now?",
        "Will it snow in Oslo this Friday?",
        "What is Tesla's share price at the moment?",
        "what's the exchange rate from euros to yen this morning?",
        "What are today's top headlines?",
    ],
)
def test_facts_and_what_holds_now_go_to_the_researcher(decider: RankingDecider, text: str) -> None:
    assert decider.rank_now(text, specialists())[0].worker == "researcher"


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("Get today's bitcoin price in euros", True),
        ("tell me tomorrow's weather in Oslo", True),
        ("How hot will it be in Madrid on Saturday?", True),
        ("Write a post about today's weather", False),  # a text to write, whatever it is about
        ("today's total is 84, what's a 15% tip?", False),  # the numbers to work on are given
        ("Octopuses usually live for ten years", False),
    ],
)
def test_what_asks_about_now(text: str, now: bool) -> None:
    assert asks_about_now(text) is now


@pytest.mark.parametrize(
    "text",
    [
        "How many seconds are in a day?",
        "how many minutes are there in a week",
        "Figure out how many minutes are in a day",
        "Work out how many seconds there are in an hour",
        "how many grams in a kilogram",
    ],
)
def test_a_unit_counted_in_another_goes_to_the_calculator(decider: RankingDecider, text: str) -> None:
    assert converts_units(text)
    assert decider.rank_now(text, specialists())[0].worker == "calculator"


def test_a_count_of_things_is_no_conversion() -> None:
    assert not converts_units("How many bones are in the human body?")
    assert not converts_units("how many moons are in the solar system")


def test_figure_out_works_something_out_rather_than_checking_figures(decider: RankingDecider) -> None:
    ranked = decider.rank_now("Figure out how much 3 coffees at $4.20 cost", specialists())
    assert ranked[0].worker == "calculator"


@pytest.mark.anyio
async def test_a_question_after_a_sum_opening_with_a_preposition_is_a_part_of_its_own(
    decider: RankingDecider,
) -> None:
    plan = await ClausePlanner(decider).plan(
        Request("What's 18% of 350, and in which year did the Titanic sink?"), specialists()
    )
    assert [t.worker for t in plan.tasks] == ["calculator", "researcher"]


def test_a_relative_clause_opening_with_a_preposition_is_no_part() -> None:
    assert len(split_tasks("Work out 20% of 80, in which case I pay less")) == 1


def test_a_review_is_handed_on_without_its_scope_lines() -> None:
    review = (
        "Review of 3 line(s) of Python: 1 finding(s):\n- line 3: eval() runs any code [eval-exec, error]\n"
        "Nothing to report from: loops, names, syntax. Not checked: naming and layout."
    )
    handed = handed_on(Result(text=review))
    assert "eval()" in handed and "Nothing to report" not in handed and "Not checked" not in handed


def test_a_report_of_nothing_but_its_scope_is_handed_on_whole() -> None:
    assert handed_on(Result(text="Nothing to report from: loops, names.")) == "Nothing to report from: loops, names."


def test_a_stage_is_told_this_rather_than_what_an_earlier_worker_found() -> None:
    summarizer = Scripted("summarizer")
    text = step_text("Summarize the problems you found in two lines", summarizer, ["- line 2: divides by zero"])
    assert text == "Summarize this in two lines:\n\n- line 2: divides by zero"
    kept = step_text("Turn the summary into a tweet", summarizer, ["Sales up."])
    assert kept.startswith("Turn the summary into a tweet")  # the result's kind says what the material is
