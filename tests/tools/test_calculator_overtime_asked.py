"""The part of overtime pay a question asks for: 'How much is the overtime (alone)?' is the overtime hours at the
overtime rate, not the whole week's pay; a rate, a count of hours, the regular pay or a difference asked declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I earn $20 an hour and worked 45 hours, with overtime after 40 at double time. How much is the overtime "
         "alone?", 200),
        ("I earn $20 an hour and worked 45 hours, with overtime after 40 at double time. How much is the overtime?",
         200),
        ("$16 an hour, worked 45 hours, overtime after 40 at time and a half. what's the overtime pay?", 120),
        ("$20 an hour for 40 hours plus 5 hours overtime at time and a half. How much do I earn from overtime?", 150),
        ("$16 an hour, worked 45 hours, overtime after 40 at time and a half, what's my pay with overtime?", 760),
        ("$16 an hour, worked 45 hours, overtime after 40 at time and a half. how much do I get paid?", 760),
    ],
)  # fmt: skip
async def test_the_overtime_asked_is_that_part_of_the_pay(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$16 an hour, worked 45 hours, overtime after 40 at time and a half. what's the overtime rate?",
        "$16 an hour, worked 45 hours, overtime after 40 at time and a half. how many overtime hours?",
        "$16 an hour, worked 45 hours, overtime after 40 at time and a half. what's the regular pay?",
        "$16 an hour, worked 45 hours, overtime after 40 at time and a half. how much is the difference with overtime?",
    ],
)
async def test_a_rate_hours_or_another_part_asked_declines(request_text: str):
    await refused(request_text)
