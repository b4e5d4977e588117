"""Round 35: statistics asked of a list given, in other words, orders and verbs, alone and before another part; and
near-misses: the average of a thing in the world, a list of years, fewer than three numbers."""

from __future__ import annotations

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.statistics_asked import asks_a_statistic
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Find the mean of our weekly sales: 1200, 950, 1100, 1350, 1450.",
        "For my lab report I need the mean of these readings: 118, 95, 143, 110, 132",
        "Find the median of our monthly bills: £84, £92.50, £77 and £101",
        "Get me the average of these lap times: 62.4, 61.9, 63.1, 60.8",
        "Work out the standard deviation for these scores: 14, 17, 12, 19, 15",
        "Could you find the average of the class marks 67, 72, 58, 81 and 90?",
        "what's the median of 7 13 2 9 21 15",
        "Find the mean of these temperatures: -3, 2, 5, -1",
    ],
)
async def test_a_statistic_of_a_list_given_is_the_calculators(decider: RankingDecider, request_text: str) -> None:
    assert asks_a_statistic(request_text)
    assert (await decider.rank(Request(request_text), specialists()))[0].worker == "calculator"
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the average lifespan of a house cat?",
        "Find the average rainfall of Leeds in 2021, 2022 and 2023",
        "What's the mean of 3 and 4?",  # a sum all the same, but no list: read as before
        "Find the mean distance from the Earth to the Sun",
        "Find articles about the average wage of nurses",
    ],
)
def test_what_gives_no_list_of_numbers_is_not_read_as_a_statistic(request_text: str) -> None:
    assert not asks_a_statistic(request_text)
