"""Work repeated with 'for d in range(1, days)' runs one time too few: traced to that loop when the user says the total
comes out too small, with range(days) as the fix; a plain review leaves it alone, as raising a base to a power is
written the same way on purpose."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = pytest.mark.anyio

PAY = (
    "def total_pay(days, rate):\n    total = 0\n    for d in range(1, days):\n        total += rate\n"
    "    return total\n\nprint(total_pay(6, 3500))\n"
)
CRATES = (
    "def loaded(trips, per_trip):\n    n = 0\n    for _ in range(1, trips):\n        n = n + per_trip\n    return n\n"
)
POWER = "def power(base, n):\n    x = base\n    for _ in range(1, n):\n        x *= base\n    return x\n"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (PAY, "My son wrote this to count the pay of the masons but the total is always too small. Can you look?"),
        (CRATES, "The number of crates loaded comes out too low, what is wrong?"),
    ],
)
async def test_work_repeated_one_time_too_few_explains_a_total_too_small(code: str, ask: str):
    declined, text = await review_reply(f"{ask}\n\n{code}")
    assert not declined, text
    assert "repeat-one-short" in text and "range(" in text


@pytest.mark.parametrize("code", [PAY, POWER])
async def test_a_plain_review_does_not_flag_a_loop_from_one(code: str):
    _, text = await review_reply(f"Review this:\n\n{code}")
    assert "repeat-one-short" not in text


async def test_a_loop_that_uses_its_count_is_not_flagged():
    code = "def total(n):\n    s = 0\n    for i in range(1, n):\n        s += i\n    return s\n"
    _, text = await review_reply(f"The total is too small, why?\n\n{code}")
    assert "repeat-one-short" not in text


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        (
            "def daily_total(sales):\n    total = 0\n    for s in sales:\n        total = s\n    return total\n",
            "overwritten-total",
        ),
        (
            "def total_thread(patterns):\n    total = 0\n    for p in patterns:\n        total += p['metres']\n"
            "        return total\n",
            "return-in-loop",
        ),
    ],
)
async def test_a_total_too_small_is_traced_to_a_total_kept_or_returned_in_its_loop(code: str, rule: str):
    declined, text = await review_reply(f"The total is always too small. What's wrong?\n\n{code}")
    assert not declined, text
    assert rule in text
