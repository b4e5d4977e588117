"""Paraphrases of a profit where the selling price is what 'we charge' and the question asks what 'we clear', and
near-misses: a charge said by someone else, a part unsold, no count, a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Tea lady's asking me this one. Teas cost us £3.20 a head to make and we charge visiting sides £4.50 "
            "a head. If we do 22 teas on a Saturday how much do we actually clear",
            28.6,
        ),
        ("Teas cost us £3.20 each to make and we charge £4.50 each. We do 22 teas. What's the profit?", 28.6),
        ("The bakery charges us £1.10 a roll and we sell them at £1.80 each. We sold 60 rolls. Profit?", 42),
        ("Smoothies cost me $2.40 each to make and I charge $6 each. I made 35 smoothies. How much do I clear?", 126),
    ],
)
async def test_a_profit_charged_or_cleared(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Teas cost £3.20 a head and they charge £4.50 a head. If we do 22 teas how much do we clear",
        "Teas cost us £3.20 a head and we charge £4.50 a head. We do 22 teas, 4 of them free. How much do we clear?",
        "Teas cost us £3.20 a head and we charge £4.50 a head. We do 22 teas but 4 go to waste. How much do we clear?",
        "Teas cost us £3.20 a head and we charge £4.50 a head. We do 22 teas. How much do we clear and take?",
    ],
)
async def test_a_charge_by_someone_else_or_a_missing_count_is_declined(request_text: str):
    await refused(request_text)
