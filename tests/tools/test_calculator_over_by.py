"""A count raised by an 'over-' percentage ('45 places and we want to over-offer by 40%'), said as it is when not
whole; more said of it stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A course has 45 places and we want to over-offer by 40%. How many offers is that?", 63),
        ("The flight has 180 seats and they overbook by 5%. How many tickets do they sell?", 189),
        ("we have 200 covers and over-book by 10%, how many bookings can we take?", 220),
        ("A course has 45 places and we want to over-offer by 30%. How many offers is that?", 58.5),
        ("The venue holds 300 and we oversell by 20%. How many tickets?", 360),
        ("We need 50 chairs and always over-order by 10%. How many do we order?", 55),
    ],
)
async def test_a_count_raised_by_an_over_percentage(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A course has 45 places and we over-offer by 40% less 5. How many?",
        "A course has 45 places and 3 staff and we over-offer by 40%. How many offers?",
        "A course has 45 places and we over-offer by 40% each term. How many offers?",
    ],
)
async def test_over_percentages_that_say_more_are_declined(request_text: str):
    await refused(request_text)
