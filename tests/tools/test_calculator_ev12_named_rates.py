"""A rate named by its period before its amount ('day rate is 375, did 17 days ... plus 20% VAT'), and a price of
one of the things counted said with 'a' ('$120 a night for 4 nights' is four nights, not $120 for all of them).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("day rate is 375, did 17 days this month, plus 20% VAT. what's the invoice total?", 7650),
        ("my hourly rate is £40 and I worked 12 hours, how much do I invoice?", 480),
        ("nightly rate of $120 for 4 nights, what's the total?", 480),
        ("The daily rate is £250 and the job took 6 days. What's the total?", 1500),
    ],
)
async def test_a_rate_named_by_its_period_first(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$120 a night for 4 nights, what's the total?", 480),
        ("£18 a tin for 3 tins, how much?", 54),
        ("€65 a day for 5 days, total?", 325),
        ("$40 for 2 books, total?", 40),
    ],
)
async def test_a_price_of_one_thing_for_a_count_of_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "day rate is 375, did some days this month. what's the invoice total?",
        "day rate is 375, did 17 days this month minus a deposit. what's the invoice total?",
    ],
)
async def test_a_named_rate_without_what_it_needs_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
