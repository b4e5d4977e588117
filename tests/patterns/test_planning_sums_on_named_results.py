"""A calculator part that applies a figure or a unit of its own to the answer before it, named by its kind ("then
add 15% to that area", "what percentage that median is of 40"), is a calculator step of its own that waits for that
answer, so both answers are shown; a part that only goes on with the sum ("then a 15% tip on the total") is still
the same step."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.handoff import step_text
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
async def test_a_figure_applied_to_that_area_is_a_step_of_its_own(decider: RankingDecider) -> None:
    request = Request("Work out the area of a 6 m by 4.5 m patio, then add 15% to that area for offcuts.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("calculator", ("1",))]
    assert plan.tasks[1].text == "Add 15% to that area for offcuts"


@pytest.mark.anyio
async def test_going_on_with_the_sum_is_still_one_step(decider: RankingDecider) -> None:
    request = Request("Take 30% off $120, then another 10% off the new price.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


def test_a_quantity_said_again_in_brackets_is_one_quantity() -> None:
    calculator = next(w for w in specialists() if w.name == "calculator")
    assert step_text("Multiply that by 3", calculator, ["8.25 hours (8 h 15 min)"]) == "Multiply 8.25 hours by 3"


@pytest.mark.anyio
async def test_figures_listed_after_a_colon_end_where_an_order_on_them_begins(decider: RankingDecider) -> None:
    request = Request(
        "Here are this week's temperatures in Celsius: 18.2, 21.5, 19.9, 23.4, 20.0. Get the average, then convert "
        "that average to Fahrenheit."
    )
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("calculator", ("1",))]
    assert plan.tasks[1].text == "Convert that average to Fahrenheit"
