"""A price each for a group counted in two parts ('12 kids coming plus my two, party bags are £3.75 each, how much
for the bags?'). A second count with a noun of its own, a share asked of each or a question about something else
declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "total"),
    [
        ("12 kids coming plus my two, party bags are £3.75 each, how much for the bags?", 52.5),
        ("20 guests plus our three, the favours are $2.50 each. how much for the favours?", 57.5),
        ("9 children and my two, tickets are £6 each, how much for the tickets altogether?", 66),
        ("15 pupils plus my own two. Badges are £1.20 each. How much for the badges?", 20.4),
    ],
)
async def test_a_price_each_for_everyone_counted(request_text: str, total: float):
    assert (await solved(request_text))["result"] == pytest.approx(total)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "12 kids coming plus my two, party bags are £3.75 each, how much for the cake?",
        "12 kids coming plus my two, party bags are £3.75 each, how much each?",
        "12 kids coming plus 2 adults, party bags are £3.75 each, how much for the bags?",
    ],
)
async def test_heads_not_told_in_full_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
