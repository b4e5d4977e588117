"""Round 38: a sum of its own on the answer before it, named by its kind, in other jobs, units and currencies; and
near-misses that go on with one sum (no kind named, "the total", "that" alone, no figure of its own)."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.references import works_on_the_named_result
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds


@pytest.mark.parametrize(
    ("request_text", "second"),
    [
        ("Work out the area of a 14 ft by 11 ft floor, then add 10% to that area for waste.",
         "Add 10% to that area for waste"),
        ("Find the mean of 4, 8, 15, 16, 23 and 42, and then tell me what percentage that mean is of 40.",
         "Tell me what percentage that mean is of 40"),
        ("Calculate the perimeter of a 12 m by 7 m field, then multiply that perimeter by £3.50 a metre for fencing.",
         "Multiply that perimeter by £3.50 a metre for fencing"),
        ("Add up our grocery bills, €54.20, €61.80 and €47.00, then split that total between 3 flatmates.",
         "Split that total between 3 flatmates"),
        ("Quick one from the bakery: work out 18% of £2,400, and then add that amount to £500.",
         "Add that amount to £500"),
        ("Get the average of 68, 74, 81 and 77, then convert that average to a percentage of 90.",
         "Convert that average to a percentage of 90"),
        ("Work out the volume of a 2 m by 1.5 m by 0.5 m tank, then convert that volume to litres.",
         "Convert that volume to litres"),
        ("Add up this month's invoices, £1,320, £875, £2,140 and £460, then work out 20% of that total to put by.",
         "Work out 20% of that total to put by"),
        ("Cycling club secretary here. My four long rides were 42, 38, 51 and 45 miles. What's the average ride, and "
         "then what is that average in km?", "What is that average in km?"),
    ],
)  # fmt: skip
@pytest.mark.anyio
async def test_a_sum_on_the_named_answer_is_a_step_of_its_own(
    decider: RankingDecider, request_text: str, second: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("calculator", ("1",))]
    assert plan.tasks[1].text == second


@pytest.mark.parametrize(
    "request_text",
    [
        "Take 30% off $120, then another 10% off the new price.",
        "A $40 meal plus 8% tax, then a 15% tip on the total.",
        "Work out 15% of 640, then add that to 1,200",
        "double 47 and add 6",
        "Add up 14, 22 and 9, then take 5 off the total.",
        "What's the median of 3, 9, 4, 12, 8? Then double that median and add 5.",
    ],
)
@pytest.mark.anyio
async def test_going_on_with_one_sum_stays_one_step(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.parametrize(
    ("instruction", "own"),
    [
        ("Take the 2.5% card fee off that total", True),
        ("what is that distance in miles?", True),
        ("Tell me what percentage that median is of 50", True),
        ("Double that median", False),  # no figure of its own: the same sum
        ("Take 5 off the total", False),  # "the total": the same sum
        ("Add that to 1,200", False),  # "that" alone
    ],
)
def test_works_on_the_named_result(instruction: str, own: bool) -> None:
    assert works_on_the_named_result(instruction) is own


@pytest.mark.parametrize(
    ("request_text", "second"),
    [
        ("Here are this week's temperatures in Celsius: 18.2, 21.5, 19.9, 23.4, 20.0. Get the average, then convert "
         "that average to Fahrenheit.", "Convert that average to Fahrenheit"),
        ("Readings from the fridge log: 3.1, 4.0, 2.8 and 3.5. Work out the mean, then convert that mean to "
         "Fahrenheit.", "Convert that mean to Fahrenheit"),
        ("Lap times in seconds: 62, 58, 65 and 61. Find the total, then convert that total to minutes.",
         "Convert that total to minutes"),
    ],
)  # fmt: skip
@pytest.mark.anyio
async def test_an_order_after_listed_figures_ends_them(decider: RankingDecider, request_text: str, second: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("calculator", ("1",))]
    assert plan.tasks[1].text == second


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("Summarise this: Sales rose 12% in 2023. Costs were 4, 5 and 6 million. Tell me more later.", "summarizer"),
        ("Proofread this note: We have 3, 4 and 5 rooms. Please check.", "writer"),
    ],
)
@pytest.mark.anyio
async def test_a_text_with_figures_stays_whole(decider: RankingDecider, request_text: str, worker: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == [worker]
