"""A look-up of what holds now that a later part works on is declined, so the part after it is skipped rather than
worked out from a passage of background: "Look up the current Bank of England base rate and then calculate the
interest on £20,000 at that rate for one year"."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


async def plan(decider: RankingDecider, request: str) -> list[tuple[str | None, tuple[str, ...]]]:
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.depends_on) for t in made.tasks]


async def test_a_current_rate_a_sum_works_on_is_declined(decider: RankingDecider) -> None:
    request = "Look up the current Bank of England base rate and then calculate the interest on £20,000 at that rate."
    assert await plan(decider, request) == [(None, ()), ("calculator", ("1",))]


async def test_a_fact_that_does_not_change_is_still_looked_up(decider: RankingDecider) -> None:
    request = "Look up the height of Everest and then convert that height to feet."
    assert await plan(decider, request) == [("researcher", ()), ("calculator", ("1",))]
