"""A day's work or pay scaled to a week with no days named ('works 8 hours a day at £12 an hour. Weekly pay?'): five
days, six or seven is not said, so it is declined, saying so; a day's eating, walking or sleeping is every day of the
week."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "She works 8 hours a day at £12 an hour. What's her weekly pay?",
        "I do 7.5 hours a day on £11 an hour, what do I get a week?",
        "7.5 hrs a day at $19.50/hr, whats that weekly",
        "He earns £96 a day. What's that a week?",
        "My wage is R420 a day. How much a week is that?",
        "Shift is 9 hours a day at €13 an hour, what's the pay per fortnight?",
    ],
)
async def test_a_days_work_with_the_days_a_week_unsaid_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "She works 8 hours a day at £12 an hour. What's her weekly pay?",
        "He earns £96 a day. What's that a week?",
        "I work 8 hours a day on Saturdays at £12 an hour. What's my weekly pay?",
    ],
)
async def test_the_decline_says_the_days_worked_are_missing(request_text: str):
    assert "how many days a week are worked" in await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    ["What is 2 plus banana?", "A meal for 6 came to £150. How much each? Dave didn't eat."],
)
async def test_other_declines_do_not_speak_of_days_worked(request_text: str):
    assert "days a week" not in await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I sleep 8 hours a day, how many hours is that a week?", 56),
        ("The puppy eats 250 g a day. How many grams a week?", 1750),
        ("I walk 6 km a day. How far in a week?", 42),
        ("I work Monday to Friday, 8 hours a day at £12 an hour. Weekly pay?", 480),
        ("I earn £12 an hour and work 40 hours a week. What's my weekly pay?", 480),
        ("He earns £96 a day. What's that for 5 days?", 480),
        ("8 hours a day at £12 an hour, how much a day?", 96),
    ],
)
async def test_every_day_or_the_days_given_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
