"""Simple interest for a number of days at a yearly rate ('Client paid a £2,400 invoice 45 days late. Late interest
is 8% a year simple, 365-day year. How much interest can I add?'). Compounding, a rate for another period, a fee
or a second amount declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "interest"),
    [
        ("Client paid a £2,400 invoice 45 days late. Late interest is 8% a year simple, 365-day year. How much "
         "interest can I add?", 23.67),
        ("The bill of $1,500 was paid 30 days late and we charge 12% a year simple interest. How much interest is "
         "due?", 14.79),
        ("£10,000 left for 90 days at 5% per annum, 360-day year. how much interest?", 125),
        ("A €3,650 invoice is 20 days overdue; interest runs at 10% a year, simple. How much interest is that?",
         20),
    ],
)  # fmt: skip
async def test_simple_interest_for_days(request_text: str, interest: float):
    assert (await solved(request_text))["result"] == pytest.approx(interest, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Client paid a £2,400 invoice 45 days late. Late interest is 8% a year compounded. How much interest can I "
        "add?",
        "Client paid a £2,400 invoice 45 days late. Late interest is 8% a month. How much interest can I add?",
        "Client paid a £2,400 invoice 45 days late. Late interest is 8% a year simple plus a £40 fee. How much "
        "interest can I add?",
        "Client paid a £2,400 invoice 45 days late. Late interest is 8% a year simple. What's the total with interest?",
    ],
)
async def test_late_interest_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
