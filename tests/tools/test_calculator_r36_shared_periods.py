"""Paraphrases of a list of amounts sharing one period said after the last ('£5, £7.50 and £6 each week'): the
whole list times the periods asked, or a decline; never the last amount alone read as the rate."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The kids get £5, £7.50 and £6 pocket money each week. How much is that altogether over 52 weeks?", 962),
        ("We pay £40, £25 and £12 a month for phone, broadband and streaming. How much is that over 12 months?", 924),
        ("My three subscriptions are $9.99, $14.99 and $5 a month. How much do I spend in a year?", 359.76),
        ("Cleaners cost €60, €45 and €30 per week. What's the total for 4 weeks?", 540),
        ("I pay £30, £20 and £15 a week. How much over 10 weeks?", 650),
        ("Bills are £80, £45 and £30 each month. How much for 6 months?", 930),
        ("Streaming costs $9.99, $14.99 and $5 monthly. What's the total over 6 months?", 179.88),
        ("Three flats pay £725, £810 and £690 a month. What's the total annual rent?", 26700),
        ("Two flats pay £725 and £810 a month. What's the total over 6 months?", 9210),
        ("The kids get £5, £7.50 and £6 pocket money each week. How much is that altogether?", 18.5),
    ],
)
async def test_the_period_said_once_is_every_amounts(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The boys get $10 and $15 a week. How much over 8 weeks?",
        "The boys get $10 and $15 allowance every week. How much in total over 8 weeks?",
        "I pay £30 or £20 a week. How much over 10 weeks?",
        "The kids get £5, £7.50 and £6 pocket money a week. How much is that a month?",
        "Cleaners cost €60, €45 and €30 per week. What's the total for 3 months?",
        "We spend £20, £30 and £25 per day on food, fuel and parking. What's the average each day?",
    ],
)
async def test_a_list_sharing_a_period_is_never_read_as_one_rate_and_one_off_sums(request_text: str):
    await refused(request_text)
