"""Paraphrases of a thing sized by what it holds ('a 9,000-word report', 'a 50 litre batch', 'a 400-page manual')
asked about at a rate, and near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I write 2,500 words a day. How many days for a 21,300-word manual?", 8.52),
        ("I translate 1,800 words a day. How many days for a 9,000-word report?", 5),
        ("A 20 litre batch needs 4.5 kg of sugar. How much sugar for a 50 litre batch?", 11.25),
        ("The printer does 25 pages a minute. How many minutes for a 400-page manual?", 16),
        ("How much for a 3 hour session at £40 an hour?", 120),
        ("Our 500 litre recipe uses 110 kg of malt. How much malt do I need for a 1,200 litre brew?", 264),
    ],
)
async def test_a_sized_thing_is_its_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the area of a 12 inch pizza?",
        "I write 2,500 words a day. How many days for a 21,300-word manual and a 5,000-word brief?",
    ],
)
async def test_a_thing_sized_across_or_two_things_are_declined(request_text: str):
    await refused(request_text)
