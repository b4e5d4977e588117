"""A part that opens with a sum and lists its figures goes to the worker on numbers, though "these" reads like a
text's: "Add up these fluid intakes, 120 ml, 90 ml, 150 ml and 110 ml, then write a handover note with the total"."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.sums import sums_its_own_figures
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
async def test_a_sum_of_listed_figures_goes_to_the_calculator(decider: RankingDecider) -> None:
    request = "Add up these fluid intakes, 120 ml, 90 ml, 150 ml and 110 ml, then write a handover note with the total."
    plan = await ClausePlanner(decider).plan(Request(request), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("calculator", ()), ("writer", ("1",))]


def test_adding_things_to_a_list_is_no_sum() -> None:
    assert not sums_its_own_figures("Add these items to the shopping list: 2 eggs, 3 apples, 4 pears")
