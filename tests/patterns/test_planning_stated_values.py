"""A quantity stated in one part and named by its kind in a later one ("... walks go up to £14 ..., and also tell
me what 12 walks a month at that price comes to") is said in the later part, which no longer waits for it."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.stated_values import stated_value, with_stated_value
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


async def plan(decider: RankingDecider, request: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.text, t.depends_on) for t in made.tasks]


async def test_a_price_stated_in_the_writers_part_is_said_in_the_sum_that_names_it(decider: RankingDecider) -> None:
    request = (
        "Draft a message to my dog-walking clients that walks go up to £14 from 1 April, and also tell me what 12 "
        "walks a month at that price comes to."
    )
    assert (await plan(decider, request))[1] == ("calculator", "Tell me what 12 walks a month at £14 comes to", ())


async def test_a_distance_stated_in_a_claim_is_converted_without_waiting_for_the_verdict(
    decider: RankingDecider,
) -> None:
    request = "Check if a marathon is 42.195 km long, and then convert that distance to miles."
    assert (await plan(decider, request))[1] == ("calculator", "Convert 42.195 km to miles", ())


async def test_a_result_named_after_a_sum_is_still_handed_on(decider: RankingDecider) -> None:
    assert (await plan(decider, "Work out 15% of £80, then email Sam that amount."))[1][1:] == (
        "Email Sam that amount",
        ("1",),
    )


def test_two_figures_of_the_kind_leave_the_value_unsaid() -> None:
    assert stated_value("price", "Fees rise from £12 to £14") is None
    assert with_stated_value("Tell me what 10 sessions at that price cost", "Fees rise from £12 to £14") is None
