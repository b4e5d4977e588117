"""A wage bill: so many workers at an hourly rate for so many hours each ('6 waiting staff at £12.50/hr for 7 hrs
each'), the workers named by a kind ('fruit pickers', 'care workers'); near-misses that ask one worker's share,
add a figure the bill cannot place, or leave out how many work."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("14 stewards at £12 an hour for 9 hours each. What's the wage bill?", 1512),
        ("What's the wage bill for 14 stewards at £12 an hour for 9 hours each?", 1512),
        ("6 waiting staff at £12.50/hr for 7 hrs each, whats the wage bill", 525),
        ("we need 8 fruit pickers at £11.50 an hour for 10 hours each. What's the labour cost?", 920),
        ("Work out the labour cost of 8 fruit pickers at £11.50 an hour for 10 hours each.", 920),
        ("Wage bill for 9 care workers at £12.37/hr doing 22.5 hrs each, to the nearest pound?", 2505),
        ("4 kitchen porters on £11.80 per hour for 6 hours each - total wages?", 283.2),
        ("3 staff x £13.50/hr x 38 hrs wage bill?", 1539),
    ],
)
async def test_a_wage_bill_of_workers_at_an_hourly_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "14 stewards at £12 an hour for 9 hours each. How much does each get?",
        "8 fruit pickers at £11.50 an hour for 10 hours each. What's the wage bill per picker?",
        "14 stewards at £12 an hour for 9 hours each, plus a £50 fee. What's the wage bill?",
        "14 stewards at £12 an hour for 9 hours each and 2 supervisors. What's the wage bill?",
        "6 waiting staff at £12.50/hr for 7 hrs each, half of them on overtime, whats the wage bill",
        "14 stewards at £12 an hour for 9 hours each over 3 days. What's the wage bill?",
        "What's the wage bill for 14 stewards at £12 an hour for 9 hours between them?",
        "8 fruit pickers at £11.50 an hour and 2 at £13 for 10 hours each. What's the wage bill?",
        "8 fruit pickers at £11.50 an hour for 10 hours each. What's the wage bill after tax?",
        "Wage bill for care workers at £12.37/hr doing 22.5 hrs each?",
        "Wage bill for 9 care workers at £12.37/hr?",
    ],
)
async def test_a_wage_bill_not_all_told_is_declined(request_text: str):
    await refused(request_text)
