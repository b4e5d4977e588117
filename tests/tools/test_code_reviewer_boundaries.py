"""A case exactly at a limit left out ("the forms with exactly 8 months don't come out") is traced to the strict
comparison that leaves it out, with the inclusive one as the fix; a plain review does not flag strict comparisons,
which are usually meant."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = pytest.mark.anyio

FORMS = (
    "def ready_forms(forms, months_needed):\n    ready = []\n    for f in forms:\n"
    '        if f["months"] > months_needed:\n            ready.append(f)\n    return ready\n'
)
DELIVERY = "def free_delivery(order_total, threshold):\n    return 'free' if order_total > threshold else 'paid'\n"
COLD = "def too_cold(readings, floor):\n    return [r for r in readings if r < floor]\n"


@pytest.mark.parametrize(
    ("code", "ask", "fixed"),
    [
        (FORMS, "The forms with exactly 8 months don't come out, but at 8 months they are ready. Why?", ">="),
        (DELIVERY, "An order of exactly 50 pounds gets no free delivery. What is wrong?", ">="),
        (COLD, "Readings of exactly the floor value are not flagged, why?", "<="),
    ],
)
async def test_a_case_exactly_at_the_limit_left_out_is_traced_to_a_strict_comparison(code: str, ask: str, fixed: str):
    declined, text = await review_reply(f"{ask}\n\n{code}")
    assert not declined, text
    assert "boundary-excluded" in text and fixed in text


async def test_a_plain_review_does_not_flag_a_strict_comparison():
    declined, text = await review_reply(f"Review this:\n\n{DELIVERY}")
    assert "boundary-excluded" not in text
