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


@pytest.mark.parametrize(
    "request_text",
    [
        "Ferry takings this week: Mon €412.50, Tue €388, Wed €501.25, Fri €620. Average per day?",
        "What's my mean? The darts legs tonight took me 21, 18, 24 and 19 darts.",
        "Bread sold: 84, 76, 91 and 88 loaves. what's the average?",
    ],
)
async def test_a_list_then_its_statistic_asked_on_its_own_goes_to_the_calculator(
    decider: RankingDecider, request_text: str
) -> None:
    assert asks_a_statistic(request_text)
    ranked = await decider.rank(Request(request_text), specialists())
    assert ranked[0].worker == "calculator"


def test_a_closing_question_about_a_world_average_over_years_is_still_a_fact() -> None:
    assert not asks_a_statistic("Rainfall records for 2021, 2022 and 2023. What was the average?")
