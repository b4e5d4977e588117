"""A statistic that names the measure of its figures ('the median weight' of kilograms, 'the total time' of seconds)
is the same statistic; near-misses name a measure the figures are not in, or give bare figures a measure fits
nothing of, or ask a second thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our three lambs weighed 4.2, 3.9 and 4.6 kg at birth. What's their average weight?", 4.2333),
        ("Lap splits: 71.2, 69.8 and 70.4 seconds. What's the total time?", 211.4),
        ("My swims this week were 1,500 m, 1,200 m and 2,000 m. What's the total distance?", 4700),
        ("Heights of the saplings in cm: 32, 41, 38, 35. Median height?", 36.5),
        ("Bags came in at 21, 19.5 and 23 kg. What's the mean weight, roughly?", 21.1667),
        ("Parcel weights in kg today: 2.5, 4.1, 3.3 and 6.1. What is the average weight?", 4.0),
        ("The crew's split times were 48.5, 51.2 and 49.9 seconds. What's the crew's total time?", 149.6),
    ],
)
async def test_a_statistic_named_by_the_measure_of_its_figures(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Relay splits came to 44.1, 45.0 and 43.7 seconds. What was the team's total weight?",
        "Weighed six ewes: 62, 58, 71 kg. What's the median time?",
        "Weighed the ewes at 62, 58 and 71. What's the median weight?",
        "Scores 70, 80 and 90 with weights 2, 3 and 5. What's the average?",
        "Lap splits: 71.2, 69.8 and 70.4 seconds. What's the average distance?",
        "Hive weights in kg: 38.2, 41.6, 36.9. What's the average time?",
        "Lap splits: 71.2, 69.8 and 70.4 seconds. What's the total time and the fastest lap?",
    ],
)
async def test_a_measure_the_figures_are_not_in_is_declined(request_text: str):
    await refused(request_text)
