"""Figures listed after a colon and then asked about ("...: 67, 82, 91, 74. whats the mean?") are one part whose
figures the router sees, so it goes to the calculator; only an order after them ("Get the average, then ...") ends
the list as material of its own."""

import pytest

from patterns import RankingDecider
from patterns.handed_material import with_handed_material
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "test results for my year 9 group: 67, 82, 91, 74, 88, 59, 77. whats the mean?",
        "Lap times from Saturday's session: 61.2, 59.8, 60.4, 62.0. What's the average?",
        "Readings off the meter this week: 412, 398, 405, 421. What was the median?",
    ],
)
def test_a_question_after_listed_figures_goes_to_the_calculator(decider: RankingDecider, request_text: str) -> None:
    assert decider.rank_now(with_handed_material(request_text), specialists())[0].worker == "calculator"
