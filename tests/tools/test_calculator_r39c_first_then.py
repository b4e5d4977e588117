"""Paraphrases of a charge for the first period and another for every period after it ('£85 for the first hour then
£45 for every half hour after that'); near-misses with a part period, a cap, no 'after', or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Parking is £3 for the first hour and £1.50 for each hour after. I stayed 4 hours. What do I pay?", 7.5),
        ("Van hire is £40 for the first day then £25 for each day after. We had it 5 days. Total?", 140),
        ("Locksmith charges $90 for the first hour and $30 for every quarter hour after that. I was there 1.5 "
         "hours. What's the bill?", 150),
        ("Court booking is £12 for the first hour then £5 for every half hour after. We played 3 hours. How much do "
         "we owe?", 32),
        ("Parking is £3 for the first hour and £1.50 for each hour after. I stayed 40 minutes. What do I pay?", 3),
    ],
)  # fmt: skip
async def test_a_first_period_and_the_periods_after(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Parking is £3 for the first hour and £1.50 for each hour after. I stayed 4.5 hours. What do I pay?",
        "Parking is £3 for the first hour and £1.50 for each hour after, capped at £10. I stayed 9 hours. "
        "What do I pay?",
        "Parking is £3 for the first hour and £1.50 for each hour. I stayed 4 hours. What do I pay?",
        "Parking is £3 for the first hour and £1.50 for each hour after. I stayed 4 hours. What do I pay each?",
        "Parking is £3 for the first hour and £1.50 for each hour after. What do I pay?",
        "Parking is £3 for the first hour and £1.50 for each hour after, plus 20% VAT. I stayed 4 hours. "
        "What do I pay?",
    ],
)
async def test_a_part_period_a_cap_or_a_missing_time_is_declined(request_text: str):
    await refused(request_text)
