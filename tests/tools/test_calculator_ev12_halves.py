"""Costs split half and half with one other party ("Venue £180, cake £45, entertainer £120. We're splitting it 50/50
with the twins' family. What do we each pay?"). An uneven split, an amount already paid or a question about the
total declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "half"),
    [
        ("Venue £180, cake £45, entertainer £120. We're splitting it 50/50 with the twins' family. What do we each "
         "pay?", 172.5),
        ("hall £90 and DJ £150, splitting it half and half with my sister. what's my share?", 120),
        ("Food $240, drinks $110. We're splitting it down the middle with the neighbours. How much do we each pay?",
         175),
        ("Marquee £400, caterer £620. We split it 50/50 with the other couple. How much do we pay?", 510),
    ],
)  # fmt: skip
async def test_costs_split_half_and_half(request_text: str, half: float):
    assert (await solved(request_text))["result"] == half


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Venue £180, cake £45, entertainer £120. We're splitting it 60/40 with the twins' family. What do we each pay?",
        "Venue £180, cake £45, entertainer £120. We're splitting it 50/50 with the twins' family, who already paid "
        "£50. What do we each pay?",
        "Venue £180, cake £45, entertainer £120. We're splitting it 50/50 with the twins' family. What is the total?",
    ],
)
async def test_a_split_not_even_or_not_asked_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
