"""Paraphrases of a seller's percentage put on what they paid ('I put 35% on top', 'we add 40% on top'), asked as
the selling price: a markup over the cost. Near-misses ask a second thing, a margin, a tax or a total."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Lamb shoulder costs me £9.60 a kilo at the abattoir and I put 25% on top. What do I sell it for a kilo?", 12),
        ("Candles cost me £4 each to make and I add 60% on top. What do I sell them for?", 6.4),
        ("Our roses come in at $1.80 a stem and we add 150% on top. What's the selling price per stem?", 4.5),
        ("Frames cost me £22 from the trade counter and I whack 40% on top. What should I charge?", 30.8),
    ],
)
async def test_a_percentage_put_on_the_cost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Candles cost me £4 each and I add 60% on top. What do I sell them for and what's my profit?",
        "Candles cost me £4 each and I add 60% on top. What's my margin?",
        "Candles cost me £4 each plus 20% VAT on top. What do I sell them for?",
        "Candles cost me £4 each and I add some on top. What do I sell them for?",
        "Candles cost me £4 each and I add 60% on top, then 20% VAT. What do I sell them for?",
    ],
)
async def test_a_second_question_or_another_percentage_is_declined(request_text: str):
    await refused(request_text)
