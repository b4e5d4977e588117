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
        "What's 15% of £2,400 for the bonus, split between 4",
        "Work out 15% of £2,400 with the bonus pot",
        "Work out 15% of £2,400 plus the bonus for the bonus pot",
    ],
)
async def test_a_bonus_that_may_be_added_is_not_set_aside(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 18% of £2,350 for the deposit", 423),
        ("I take home £2,400 a month. Work out 30% of that for rent", 720),
        ("I earn £2,400 a month. What's 30% of that?", 720),
        ("My salary is $52,000. Calculate 12% of that for my pension", 6240),
        ("What's 25% of €800 for the holiday fund?", 200),
        ("The bill came to £180. What's 15% of it?", 27),
    ],
)
async def test_a_percentage_of_an_amount_said_before_or_for_a_purpose(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Work out 18% of £2,350 for the 3 of us",
        "Work out 18% of £2,350 for each person",
        "Work out 18% of £2,350 for the year",
        "I take home £2,400 a month after tax. Work out 30% of that",
        "I take home £2,400 a month. Work out 30% of the rest",
        "I take home £2,400 a month and £300 in tips. Work out 30% of that",
        "Work out 18% of £2,350 for the deposit and 5% for fees",
    ],
)
async def test_a_part_for_people_a_period_or_of_more_than_one_amount_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Morning! Can you add up 3 radiators at £165 each plus £90 labour for me", 585),
        ("Add up 4 tickets at $12.50 each plus a $6 booking fee", 56),
        ("add up 5 bags of compost at £6.99 each and a £24.50 spade", 59.45),
        ("Good morning! What's 15% of 80?", 12),
        ("Add up our quarterly bills of £84, £92, £78 and £101", 355),
        ("add up my grocery receipts of $23.40, $18.75 and $41.10", 83.25),
        ("add up our monthly phone bills of €32, €29 and €35", 96),
    ],
)
async def test_what_is_added_up_is_its_cost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "add up 3 radiators at £165 each plus labour",
        "what's 3 radiators at £165 each plus labour",
        "how much are 3 radiators at £165 each plus delivery",
        "add up 3 radiators at £165 each plus £90 labour, how much each",
        "add up our quarterly bills of £84, £92, £78 and £101 for a year",
        "add up half our bills of £84 and £92",
        "add up our bills of £84, £92 each",
        "morning commute is 12 miles each way, how far in 5 days?",
    ],
)
async def test_something_added_without_its_price_or_more_to_the_list_declines(request_text: str):
    await refused(request_text)
