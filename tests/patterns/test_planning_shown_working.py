"""A request for a sum's working ("and show the steps") is part of the sum: one calculator step."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you solve 5(x - 2) = 3x + 8 and show the steps?",
        "What is 3/8 of 1,200? Please show the steps.",
    ],
)
@pytest.mark.anyio
async def test_the_working_stays_with_its_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]
    assert "steps" in plan.tasks[0].text


@pytest.mark.anyio
async def test_a_job_of_its_own_after_the_sum_is_still_a_step(decider: RankingDecider) -> None:
    request = Request("Solve 3x + 7 = 22 and explain the history of algebra")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "researcher"]
