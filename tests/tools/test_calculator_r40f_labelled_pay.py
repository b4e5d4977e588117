"""Pay asked in a labelled form, each label naming its figure ('Hours: 42. Rate: £15.75. Gross pay?'), and
near-misses with another figure, hours 'each' of workers never counted, a rate by the week or net pay asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Hours worked: 37.5. Hourly rate: £12.60. Wages?", 472.5),
        ("Role: cleaner. Hours: 20. Rate: £11.44/hr. Total?", 228.8),
        ("Rate: £15.75/hr. Hours: 42. Pay?", 661.5),
        ("Staff: 3 porters. Hours: 8 each. Rate: £12.50 per hour. Total pay?", 300),
        ("Name: Dev. Hours: 16. Pay rate: £18. Gross pay?", 288),
    ],
)
async def test_a_labelled_pay_form_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Hours: 42. Rate: £15.75. Bonus: £50. Total?",
        "Staff: 2 chefs. Rate: £16.80/h. Hours: 45. Total pay?",
        "Rate: £16.80/h. Hours: 45 each. Total pay?",
        "Hours: 42. Rate: £15.75. Net pay?",
        "Hours: 42. Rate: £15.75 a week. Total?",
        "Hours: 42. Rate: £15.75. Overtime: 6 hours. Gross pay?",
    ],
)
async def test_a_labelled_form_that_does_not_say_what_to_do_is_declined(request_text: str):
    await refused(request_text)
