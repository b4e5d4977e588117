"""A regular payment raised by a percentage and asked for as 'the new payment' ('My mortgage is £1,150 a month and
it's going up 4.5%. Work out the new payment' -> £1,201.75 a month; the payment was not known as the mortgage's, so
it was declined). Where the story names two things that could rise, or the question asks for another period, it
declines (both were answered for the wrong thing or period before).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My mortgage is £1,150 a month and it's going up 4.5%. Work out the new payment", 1201.75),
        ("My mortgage is £1,150 a month and it's going up by 4.5%. What will the new payment be?", 1201.75),
        ("Our rent is $2,400 a month and it's rising 3%. What's the new monthly payment?", 2472),
        ("My car insurance is £64 a month and it's going up 12%. What's the new payment?", 71.68),
        ("My gym membership is $45 a month and it's going up 10%. Work out the new payment", 49.5),
    ],
)
async def test_the_new_payment_of_a_regular_payment_raised_by_a_percentage(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My mortgage is £1,150 a month and my rent is going up 4.5%. Work out the new payment",
        "My mortgage is £1,150 a month and my rent is going up 4.5%. What's the new mortgage?",
        "My mortgage is £1,150 a month and it's going up 4.5%. Work out the new payment for the year",
        "My rent is £1,150 a month and it's going up by 4.5%. What will the new rent be for the year?",
        "My mortgage is £1,150 a month and it's going up 4.5%. Work out the new interest payment",
    ],
)
async def test_another_thing_or_period_than_the_payment_declines(request_text: str):
    await refused(request_text)
