"""A whole from a count and the average of one, in new voices ('avg weight', 'averaging', 'on average', the pen
named by its number); near-misses asking the average itself, a count that changes, another figure or a unit of
another kind."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pen 4. 62 000 fish, avg weight 3.8 kg. Biomass in tonnes?", 235.6),
        ("The cage holds 62,000 salmon averaging 3.8 kg, how many tonnes in all?", 235.6),
        ("Average fish is 3.8 kg and there are 62 000 of them. Total biomass?", 235600),
        ("We boxed 450 melons, average weight 1.2 kg. Total weight?", 540),
        ("1,200 bottles at an average of 0.75 litres - how many litres altogether?", 900),
    ],
)
async def test_a_count_times_its_average_is_the_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "62000 fish, average weight 3.8 kg. What is the average weight in grams?",
        "62000 fish, average weight 3.8 kg, 2% died. Biomass in tonnes?",
        "62000 fish, average weight 3.8 kg. Feed is 1.2 kg per kg. Biomass in tonnes?",
        "62000 fish, average weight 3.8 kg. How many litres?",
        "62000 fish, average weight 3.8 kg, and 500 more arrive. Biomass in tonnes?",
        "62000 fish, average weight 3.8 kg. Biomass in tonnes, and what is it worth?",
    ],
)
async def test_an_average_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
