"""'Each' said before the period of an amount each one gets or pays ('pocket money £4.50 each a week') reads as '£4.50
a week each': never as the price of one thing, which summed the group and dropped the period."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("3 kids, pocket money £4.50 each a week, how much is that over 12 weeks", 162),
        ("the 4 of us pay $12 each a month for streaming. how much in total for a year?", 576),
        ("two kids get £5 each per week, how much over 52 weeks?", 520),
        ("my 2 lads get £10 each a week pocket money. how much is that over 8 weeks?", 160),
        ("5 of us put in €20 each a month, how much altogether over 6 months?", 600),
        ("we've got 3 kids at £4.50 each a week, how much over a year (52 weeks)?", 702),
    ],
)
async def test_each_before_the_period_is_each_ones_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "3 kids get £4.50 each a week, how much each",  # each one's already
        "3 kids get £4.50 each a week",  # nothing asked
        "3 kids get £4.50 each a week and 2 get £3 each a week, how much over 12 weeks",
    ],
)
async def test_each_before_the_period_that_asks_nothing_more_is_declined(request_text: str):
    await refused(request_text)
