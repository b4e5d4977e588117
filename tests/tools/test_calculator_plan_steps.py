"""Steps of a longer plan as the calculator receives them: a run of payments added up, equal interest-free
instalments, and an amount said with what it is for ('for the staff bonus pot'); what changes the sum declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Calculate 12 monthly payments of £45.50", 546),
        ("What do 24 instalments of $99 come to in total?", 2376),
        ("How much will I pay altogether for 36 monthly repayments of €250?", 9000),
        ("6 equal payments of £120 - what's the total?", 720),
        ("Work out 52 weekly payments of £12.75", 663),
        ("10 monthly payments of 45p", 4.5),
    ],
)
async def test_a_run_of_equal_payments_is_added_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "12 monthly payments of £45.50, how much is each payment?",
        "12 monthly payments of £45.50 plus interest",
        "12 monthly payments of £45.50 after a £100 deposit",
        "12 monthly payments of £45.50, how much a week?",
        "12 monthly payments of £45.50 a week",
        "12 payments of £45.50 per person",
    ],
)
async def test_payments_with_more_to_them_or_another_question_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A £3,600 sofa split over 24 equal interest-free monthly payments - work out the monthly payment", 150),
        ("The £1,200 laptop is paid in 12 equal monthly instalments. How much is each instalment?", 100),
        ("Spread £900 over 6 interest-free monthly payments - how much a month?", 150),
        ("A $2,400 TV split into 8 equal payments, what is each payment?", 300),
    ],
)
async def test_equal_interest_free_instalments_are_one_part_of_the_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A £3,600 sofa split over 24 equal monthly payments at 9% interest - work out the monthly payment",
        "A £3,600 sofa split over 24 equal monthly payments after a £600 deposit, what's the monthly payment",
        "£3,600 over 24 interest-free months, how much a week",
    ],
)
async def test_instalments_with_interest_a_deposit_or_another_period_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 15% of £2,400 for the staff bonus pot", 360),
        ("What's 8% of $25,000 for the bonus pool?", 2000),
        ("Calculate 20% of 1,500 for the holiday fund", 300),
        ("12% of £3,000 for the delivery van", 360),
    ],
)
async def test_what_an_amount_is_for_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Work out 15% of £2,400 for the bonus",
        "Work out 15% of £2,400 with the bonus pot",
        "Work out 15% of £2,400 plus the bonus for the bonus pot",
    ],
)
async def test_a_bonus_that_may_be_added_is_not_set_aside(request_text: str):
    await refused(request_text)
