"""A 'buy N get M free' offer on a number of things at one price each ('t-shirts are $12 each, buy 2 get 1 free. I
want 6, total?' -> $48; it was declined): every whole offer makes M free, and of what is left up to N are paid for.
A half-price offer, a price not each, a saving asked, a charge on top, or 'if I buy 9' (which may be the 9 paid
for) declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("t-shirts are $12 each, buy 2 get 1 free. I want 6, total?", 48),
        ("Ice cream tubs are £3 each on buy 3 get 1 free. I need 9, how much do I pay?", 21),
        ("Socks are $4 each, buy 2 get 2 free. I want 7. How much in total?", 16),
        ("Candles are €5 each, buy two get one free. What do I pay for 7?", 25),
    ],
)
async def test_the_free_ones_of_whole_offers_are_not_paid_for(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "t-shirts are $12 each, buy 2 get 1 half price. I want 6, total?",
        "t-shirts are $12 for 2, buy 2 get 1 free. I want 6, total?",
        "t-shirts are $12 each, buy 2 get 1 free. I want 6, how much do I save?",
        "t-shirts are $12 each, buy 2 get 1 free plus $5 delivery. I want 6, total?",
        "Ice cream tubs are £3 each on buy 3 get 1 free. If I buy 9, how much do I pay?",
    ],
)
async def test_other_offers_or_questions_decline(request_text: str):
    await refused(request_text)
