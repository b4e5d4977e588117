"""Figures listed after a label, then a statement or two and an order on them ("Price list: tyre change 250k,
brake pads 180k, chain 320k. Customer need all 3 and I give 10% discount. Calculate total, then write message to
customer with the price"), are the sum's, and the message waits for it; and a rate applied to a converted result
("..., then work out the cost at R650 per square metre") is a step of its own on that result. Near-misses keep
what they did: a text handed over with figures in it, and a sum with figures of its own."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "text",
    [
        "Price list: tyre change 250k, brake pads 180k, chain 320k. Customer need all 3 and I give 10% discount. "
        "Calculate total, then write message to customer with the price",
        "Prices: haircut $25, beard trim $12, hot towel $8. He wants all three and is a regular so 15% off. Work "
        "out the bill and then draft a text to him with the amount.",
        "Our rates: cleaning R350, ironing R120, windows R200. She booked everything and I give 10% off for "
        "regulars. Calculate the total, then write her a WhatsApp with the price.",
    ],
)
async def test_figures_after_a_label_are_the_sum_before_the_message(decider: RankingDecider, text: str) -> None:
    planned = await tasks(decider, text)
    assert [(w, d) for w, _, d in planned] == [("calculator", ()), ("writer", ("1",))]


async def test_a_text_handed_over_with_figures_stays_one_job(decider: RankingDecider) -> None:
    text = "Notes from the meeting: budget is £2,000, 12 volunteers. We agreed on Saturday. Summarise this."
    planned = await tasks(decider, text)
    assert len(planned) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Our hall is 2,400 square feet. Convert that to square metres, then work out the cost at R650 per "
            "square metre",
            "Work out the cost at R650 per square metre",
        ),
        ("Convert 5 miles to km, then work out the cost at $2 per km", "Work out the cost at $2 per km"),
    ],
)
async def test_a_rate_on_a_converted_result_is_a_step_on_it(decider: RankingDecider, text: str, second: str) -> None:
    planned = await tasks(decider, text)
    assert [(w, d) for w, _, d in planned] == [("calculator", ()), ("calculator", ("1",))]
    assert planned[1][1] == second


@pytest.mark.parametrize(
    "text",
    [
        "Convert 2,400 sq ft to square metres, then work out the cost of 40 square metres at R650 per square metre",
        "Convert 12 feet to metres and then take off 10%",
    ],
)
async def test_a_sum_with_figures_of_its_own_goes_on_in_one_step(decider: RankingDecider, text: str) -> None:
    planned = await tasks(decider, text)
    assert [w for w, _, _ in planned] == ["calculator"]
