"""Paraphrases of a daily rate scaled to a week whose days are named ('Tuesday to Saturday', 'mon-fri', 'on
weekdays'): the week is the days named, not seven; near-misses name days that do not count a week."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tuesday to Saturday my apprentice does 7.5 hours a day at £11.62 an hour. Weekly pay?", 435.75),
        ("Weekly wage please: 8 hrs a day mon-fri at $21 an hour", 840),
        ("She clocks 9 hours a day, Wednesday through Sunday, at €14 an hour. How much is that per week?", 630),
        ("On weekdays I drive 120 km a day. How far is that in a week?", 600),
        ("I earn £450 a week working Monday to Friday. How much is that a day?", 90),
        ("What's the weekly bill for a cleaner at £13 an hour, 3 hours a day, Monday to Saturday?", 234),
        ("Open Tuesday to Saturday, she works 7 hours a day at £11 an hour. What's her pay a fortnight?", 770),
        ("The dog eats 300 g a day. How much does it eat in a week?", 2100),
    ],
)
async def test_a_week_of_the_days_named(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I work 8 hours a day on Saturdays at £12 an hour. What's my weekly pay?",
        "I work 7.5 hours a working day at £12 an hour. What's my weekly pay?",
        "He works 8 hours a day Monday to Friday and Sunday at £12 an hour. Weekly pay?",
        "I do 6 hours a day this weekend at £15 an hour. What's my weekly pay?",
        "I work 8 hours a day Monday and Thursday at £12 an hour. What's my weekly pay?",
    ],
)
async def test_days_named_that_do_not_count_a_week_are_declined(request_text: str):
    await refused(request_text)
