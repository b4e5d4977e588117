"""A figure with operations ordered on it one after another ("take 20% off and then add 7% sales tax") is one sum,
one calculator step; a job of another kind after "then" is still a step of its own."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Jockey wheels are $18 a pair. Take 20% off and then add 7% sales tax. What does the customer pay?",
        "Test scores were 72, 85, 90 and 64. Add them up then divide by 4.",
    ],
)
@pytest.mark.anyio
async def test_chained_operations_are_one_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


@pytest.mark.anyio
async def test_a_job_after_then_is_still_a_step(decider: RankingDecider) -> None:
    request = Request("Garden gloves are €12 a pair. Take 30% off, then write an email to Sam with the total.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]


@pytest.mark.anyio
async def test_what_is_left_after_the_operations_is_the_same_sum(decider: RankingDecider) -> None:
    request = Request(
        "Add up the three catering invoices, £23.40, £18.75 and £41.10, and then take off the £20 deposit we already "
        "paid. What's left to pay?"
    )
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]
    assert "What's left to pay" in plan.tasks[0].text
