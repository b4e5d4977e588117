"""Paraphrases of an order of several lines with a discount taken off in a clause of its own ('..., less the 10%
society discount'); near-misses with the discount hung on one price, a fee it may not reach, another amount taken
off or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Order: 3 jumpers at £25 and 2 scarves at £12, less our 15% staff discount. What do I pay?", 84.15),
        ("Bulb order, 40 tulips at £0.45 and 12 alliums at £1.20, less the 10% club discount. Total?", 29.16),
        ("Wool run: 6 balls at £4.50 and 2 patterns at £3, less a 20% member discount. What do I owe?", 26.4),
        ("Team kit, 11 shirts at $18 and 11 pairs of socks at $6, less the 5% discount. What's the total?", 250.8),
    ],
)
async def test_a_discount_taken_off_the_order(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "18 packets at £2.35 and 5 packets at £3.10 less 10% discount. What's the total?",
        "18 packets at £2.35 and £5 delivery, less the 10% discount. What's the total?",
        "3 jumpers at £25, 2 scarves at £12. Less £5, less 15% discount. What do I pay?",
        "3 jumpers at £25 and 2 scarves at £12, less the 15% discount. What's the total and how much did I save?",
        "3 jumpers at £25 and 2 scarves at £12, less the discount. What do I pay?",
    ],
)
async def test_an_unclear_base_or_second_question_is_declined(request_text: str):
    await refused(request_text)
