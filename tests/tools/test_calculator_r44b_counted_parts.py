"""Paraphrases of a percentage of a count asked as how many things it is ('2,460 books ... weed out 8% each year.
How many books is that?'), and near-misses asking what is left, a change over years, a part of something else or
a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Hello there. We've 2,460 books in the children's section and we've been told to weed out roughly 8% "
            "each year. How many books is that, roughly?",
            196.8,
        ),
        ("We run 200 ewes and the vet reckons 15% will need treating. How many ewes is that?", 30),
        ("Of our 640 members about 25% lapse each year, how many members is that", 160),
        ("We've 1,250 bulbs in stock and lose 4% of them to rot each winter. How many bulbs is that?", 50),
        ("Warehouse holds 3,400 pallets; 5% get inspected every week. How many pallets is that?", 170),
        ("Got 96 hens and 12.5% of them are off lay. How many hens would that be?", 12),
    ],
)
async def test_a_percentage_of_a_count_asked_as_things(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "We have 2,460 books and weed out 8%. How many books are left?",
        "We have 2,460 books and weed out 8% of the fiction. How many books is that?",
        "We have 2,460 books and weed out 8% each year. How many books is that after 3 years?",
        "We have 2,460 books and weed out 8% each year. How many books will we have?",
        "We have 2,460 books and weed out 8% each year. How many books is that and what does it cost?",
        "Our flock of 200 sheep grew by 15%. How many sheep is that?",
        "Our flock of 200 sheep is up 15%. How many sheep is that?",
        "We have 2,460 books and weed out 8% and then 5% more. How many books is that?",
        "We have 2,460 books and weed out 8%. How many shelves is that?",
    ],
)
async def test_a_part_that_is_not_the_asked_count_is_declined(request_text: str):
    await refused(request_text)
