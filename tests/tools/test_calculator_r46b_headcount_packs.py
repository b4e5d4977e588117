"""Whole packs for a headcount in new voices: people (counted in parts or at once), what each has by head and the
size of a pack, or how many one pack feeds — rounded up so there is enough; near-misses with a price, packs
already there, a count to fill, a change to the headcount or a measure asked instead of packs."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Figuring 3 pounds of crawfish a head and 85 folks coming. Sacks run 35 pounds. How many sacks to order?", 8),
        ("How many sacks for 85 people at 3 lb a head if a sack is 35 lb?", 8),
        ("85 guests, 3 lbs per person, and the sacks are 35 lbs. How many sacks do I need? Don't want to run out.", 8),
        ("we got 18 cast and 7 crew, a large pizza feeds about 3 people. how many larges should i get", 9),
        ("Pizza for 25 people; one pizza serves 3 people. How many pizzas do I order?", 9),
        ("14 adults and 6 kids are coming and a tray of lasagne serves 8 people. How many trays?", 3),
        ("Each guest drinks 2 litres, 40 guests, the bottles hold 1.5 litres. How many bottles should I buy?", 54),
    ],
)
async def test_whole_packs_cover_a_headcount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "3 pounds of crawfish a head, 85 people, sacks are 35 pounds at $40 each. How many sacks do I need?",
        "3 pounds of crawfish a head, 85 people, I already have 2 sacks, sacks are 35 pounds. How many sacks to buy?",
        "18 cast and 7 crew, a large pizza feeds 3 people, 2 are vegan. How many larges should I order?",
        "3 pounds of crawfish a head, 85 people, sacks are 35 pounds. How many pounds do I need?",
        "18 cast and 7 crew, a large pizza feeds 3 people. How many larges? Two of the crew aren't coming.",
        "3 pounds of crawfish a head for 85 people and sacks are 35 pounds. How many sacks, and what will it cost?",
    ],
)
async def test_a_headcount_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
