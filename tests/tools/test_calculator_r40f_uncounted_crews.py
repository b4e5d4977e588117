"""A wage bill asked of workers spoken of in the plural but never counted is declined; counted workers, or one
worker's own pay, are still answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("5 porters cost £14.25 an hour for 7 hours each. What's the wage bill?", 498.75),
        ("6 waiting staff at £12.50/hr for 7 hrs each, whats the wage bill", 525),
        ("so we've got 3 baristas doing 6 hours each on Saturday at £11.90 an hour, what's the wage bill", 214.2),
        ("A porter costs £14.25 an hour for 7 hours. What's the wage bill?", 99.75),
        ("I earn £14.25 an hour and work 7 hours. What's my total pay?", 99.75),
    ],
)
async def test_counted_workers_or_one_worker_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The porters cost £14.25 an hour for 7 hours each. What's the wage bill?",
        "The porters cost £14.25 an hour for 7 hours. What's the wage bill?",
        "The staff are paid £12 an hour and each works 8 hours. What's the total wage bill?",
        "Our night porters are on £13 an hour and each does a 9 hour shift. What does that cost us altogether?",
        "The cleaners are paid £11 per hour and work 6 hours each. What's the total?",
        "What's the wage bill if the stewards get £12.40 an hour for 5 hours each?",
        "Both porters cost £14.25 an hour for 7 hours each. What's the wage bill?",
    ],
)
async def test_a_wage_bill_for_workers_never_counted_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The kids get £5, £7.50 and £6 pocket money each week. How much is that altogether over 52 weeks?", 962),
        (
            "Lunch with the old partners came to £143.60 and we're adding a 12.5% service charge. What's the total?",
            161.55,
        ),
        ("Tickets are £5 each and I bought 4. Total?", 20),
    ],
)
async def test_a_group_that_is_not_paid_by_the_hour_is_left_alone(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
