"""Paraphrases of a bill for a party named by its size ('Table of six had ...', 'Party of 8 ordered ...') where the
whole bill is asked: the size says who is served. Near-misses need the size as a count, or miss a price."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Table of four ordered 4 lattes at £3.10 each and a cake at £4.50. What do I charge them?", 16.9),
        ("Party of 8 had 8 mains at £12 each and wine for £60 with a 12.5% service charge. What's the total?", 175.5),
        ("Table of five just had three pots of tea at £2.80 and five scones at £1.95. What do I ring up?", 18.15),
        ("Group of ten had 10 set menus at €32 each and 3 bottles of wine at €24, plus a 10% tip. Total?", 431.2),
    ],
)
async def test_a_party_named_by_its_size(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Table of four ordered lattes at £3.10 each and a cake at £4.50. What's the bill?",
        "Table of five just had three pots of tea at £2.80 and some scones. What do I ring up?",
        "Table of six had six flat whites at £3.40 each, and they want to add a tip. What do I ring up?",
        "Table of six had six flat whites at £3.40 each and two teacakes at £2.15. What's the bill and the tip?",
    ],
)
async def test_a_size_needed_or_a_price_missing_is_declined(request_text: str):
    await refused(request_text)
