"""A statistic asked of a list given ("Find the mean of our weekly sales: 1200, 950, 1100") is the calculator's,
whatever "find" or the list's topic reads as, alone and as a planned part; the average of a thing in the world, or
of a list of years, gives no list to work on."""

from __future__ import annotations

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.statistics_asked import asks_a_statistic
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


async def test_the_mean_of_listed_sales_goes_to_the_calculator(decider: RankingDecider) -> None:
    ranked = await decider.rank(
        Request("Find the mean of our weekly sales: 1200, 950, 1100, 1350, 1450."), specialists()
    )
    assert ranked[0].worker == "calculator"


async def test_a_planned_statistic_then_a_message_is_worked_out_then_written(decider: RankingDecider) -> None:
    request = (
        "Find the mean of our weekly sales: 1200, 950, 1100, 1350. Then draft a message to Priya with the average."
    )
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("writer", ("1",))]


def test_the_average_of_a_thing_in_the_world_gives_no_list_to_work_on() -> None:
    assert not asks_a_statistic("What is the average lifespan of a house cat?")
    assert not asks_a_statistic("Find the average rainfall of Leeds in 2021, 2022 and 2023")
