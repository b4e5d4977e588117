"""What the planner keeps together: a label before a colon that gives a count of the task ("Staff party for 22
people: each gets ..."), a "which one" that chooses between the options just offered, a letter handed over after a
lead that says the reader dislikes long things, and figures closed by an order to total them ("Please total it.");
and the evaluator's own loop said as "check it and fix until ...", which no generator is handed."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.evaluator import without_loop_instruction
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

_LETTER = (
    "Janab, summarise this letter in 3 bullet points for my brother, he doesn't read long things: Dear artisans, "
    "the Department of Handicrafts will hold a registration camp at the Bemina office from 10 to 14 November. Every "
    "weaver who brings two shawls can have them tested free of cost. The camp runs from 10 in the morning to 4 in "
    "the evening every day."
)


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


async def test_a_count_in_the_label_stays_with_its_sum(decider: RankingDecider) -> None:
    text = (
        "Staff party for 22 people: each gets fries at 6,50 € and 2 pintjes at 2,80 €. How much is that all "
        "together? Then write the WhatsApp invitation to my staff saying what I'm paying in total."
    )
    parts = texts(text)
    assert parts[0].startswith("Staff party for 22 people:")
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]


@pytest.mark.parametrize("text", ["3 questions: what is 2+2, and who wrote Hamlet?", "Q1: what is 2+2"])
def test_a_label_that_announces_or_numbers_the_parts_is_still_dropped(text: str) -> None:
    assert texts(text)[0] == "What is 2+2"


def test_which_one_after_options_chooses_between_them() -> None:
    text = "Should I plant Polka next year or stay with Willamette, which one will make me more money?"
    assert texts(text) == [text]


def test_which_one_after_a_question_with_no_options_is_its_own_part() -> None:
    assert len(texts("What is 15% of 80, which one of the planets is biggest?")) == 2


async def test_a_letter_after_a_lead_about_long_things_is_summarised_whole(decider: RankingDecider) -> None:
    plan = await ClausePlanner(decider).plan(Request(_LETTER), specialists())
    assert [t.worker for t in plan.tasks] == ["summarizer"]
    assert plan.tasks[0].text.rstrip().endswith("every day.")


@pytest.mark.parametrize("closing", ["Please total it.", "Add them all up please.", "Can you add these up?"])
async def test_figures_closed_by_an_order_to_total_them_go_to_the_calculator(
    decider: RankingDecider, closing: str
) -> None:
    text = f"Order from the showroom on Residency Road: 6 stoles at ₹7,500 each and 2 shawls at ₹36,000 each. {closing}"
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


def test_sum_it_up_is_no_order_to_total() -> None:
    from patterns.asked_sums import _TOTAL_IT

    assert _TOTAL_IT.match("Sum it up") is None


@pytest.mark.parametrize(
    "loop",
    ["Check it and fix until it's under 25 words and has free in it.", "Fix it till it says free."],
)
def test_check_and_fix_until_is_the_evaluators_loop(loop: str) -> None:
    task = f"Write a small sign for the farm shop: free tasting of dates, please don't touch with bare hands. {loop}"
    assert without_loop_instruction(task).endswith("bare hands.")


def test_a_result_told_to_named_readers_is_said_with_its_figure() -> None:
    from patterns.told_results import told_result

    told = told_result(
        "Write a small notice for the karkhana wall telling the weavers the total wage bill and that payment is on "
        "the 1st",
        "₹50,700.00",
    )
    assert told is not None and "the total wage bill is ₹50,700.00 and that payment" in told
    assert told_result("Write a note to Linda with the total", "CVE 12,500.00") == (
        "Write a note to Linda saying the total is CVE 12,500.00"
    )


async def test_the_count_of_things_a_question_picks_is_no_sum(decider: RankingDecider) -> None:
    text = "Which two countries share Lake Titicaca? The gringos always ask where the other side is"
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["researcher"]


async def test_pasted_code_with_a_symptom_in_figures_words_goes_to_the_code_reviewer(decider: RankingDecider) -> None:
    from patterns.pasted_code import fenced

    text = fenced(
        "My grandson in Praia made this to count the litres in my garrafões, but it always says only the last one. "
        "Help\n\ndef total_litres(garrafoes):\n    for g in garrafoes:\n        total = 0\n        total += g\n"
        "    return total\n\nprint(total_litres([5, 5, 20, 10]))\n"
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["code_reviewer"]


async def test_facts_given_after_an_order_to_write_are_its_material(decider: RankingDecider) -> None:
    text = (
        "Please write 3 sentences for the back of my visiting card. Facts: family karkhana since 1952 in Zaina "
        "Kadal, Srinagar; hand-woven kani and sozni shawls of pure pashmina; one kani shawl takes 12 to 18 months "
        "on the loom."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["writer"]
    assert "Facts:" not in plan.tasks[0].text and plan.tasks[0].text.rstrip().endswith("on the loom.")
