"""Figures told, then 'Work it out': a sum for the calculator, with the job after it a step of its own that uses its
result."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
async def test_figures_then_work_it_out_is_a_sum(decider: RankingDecider) -> None:
    request = Request("Freight is 1850 kg at 3.40 kr per kg. Work it out, then email Kari to confirm the amount.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]
    assert plan.tasks[1].depends_on == ("1",)
