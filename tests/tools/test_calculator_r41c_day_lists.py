"""Paraphrases of a list whose figures each carry a weekday ('140 loaves monday, 165 tuesday', 'Mon 6.5, Tue 8'),
and of a question naming the figures by what the story's verb told ('lost' → 'the average loss'); near-misses
with a day twice, a figure without its day, a second kind of thing or a period the list is not of."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("so the bakery sold 140 loaves monday, 165 tuesday, 152 wednesday and 171 thursday, what's the average", 157),
        ("sold 140 loaves on monday, 165 on tuesday, 152 on wednesday, 171 on thursday, what was the average?", 157),
        ("We sold 140 loaves Monday, 165 Tuesday and 152 Wednesday. Mean?", 152.333333),
        ("Loaves sold - Mon 140, Tue 165, Wed 152, Thu 171. average per day pls", 157),
        ("Hours logged by the joiner: Mon 6.5, Tue 8, Wed 7.25, Thu 9, Fri 5.75. Total hours?", 36.5),
        ("Mileage this week: Mon 42, Tue 38, Wed 51. What's the total?", 131),
        ("Pupils absent: Monday 4, Tuesday 7, Wednesday 3. Average a day?", 4.666667),
        ("Patients seen 23 monday, 31 tuesday and 27 friday - what's the daily average", 27),
        ("My clients lost 3.2, 1.8, 4.5, 2.1 and 2.6 kg this month. What's the average loss?", 2.84),
        ("The lambs gained 1.2, 0.8 and 1.6 kg this week, what was the mean gain", 1.2),
    ],
)
async def test_a_list_of_one_days_figures_each(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "sold 140 loaves monday, 165 tuesday and 152 tuesday, average per day?",
        "sold 140 loaves monday, 165 tuesday and 152, average per day?",
        "sold 140 loaves monday and 165 tuesday at £2 each, what's the average",
        "sold 140 loaves monday, 165 tuesday, 152 wednesday, average per week?",
        "sold 140 loaves monday, 165 tuesday, 152 wednesday, and 3 cakes, average?",
        "Mon 6.5, Tue 8, Wed 7.25 hours, and what's my hourly rate?",
        "My clients lost 3.2, 1.8 and 4.5 kg. What's the average gain?",
        "My clients lost 3.2, 1.8 and 4.5 kg, and gained 2 kg. What's the average loss?",
    ],
)
async def test_a_day_twice_or_a_second_thing_is_declined(request_text: str):
    await refused(request_text)
