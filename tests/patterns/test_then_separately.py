"""A part that opens "Then separately" ("Then independently") comes next but works on nothing of the part before:
it depends on no step, and the material after its own colon stays its own, not the earlier part's that says
"this claim"."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

NOTICE = (
    "The library closes for repairs from 3 to 14 June. Returns can go in the box by the side door. "
    "The reading room reopens first, on 10 June."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Fact-check this claim: the Amazon is the longest river in the world. Then separately summarise this notice "
        f"from the library: {NOTICE}",
        f"Check this for me - honey never goes off. Then independently, summarize this notice: {NOTICE}",
        f"Is it true that bats are blind? And then separately summarise the following notice: {NOTICE}",
    ],
)
@pytest.mark.anyio
async def test_a_part_set_apart_keeps_its_own_material_and_needs_nothing(
    decider: RankingDecider, request_text: str
) -> None:
    first, second = (await ClausePlanner(decider).plan(Request(request_text), specialists())).tasks
    assert (first.worker, second.worker) == ("fact_checker", "summarizer")
    assert second.depends_on == () and "Returns can go in the box" in second.text
    assert "Returns can go in the box" not in first.text


@pytest.mark.anyio
async def test_then_alone_still_hands_the_result_on(decider: RankingDecider) -> None:
    request_text = f"Summarise this notice and then write a short tweet about it: {NOTICE}"
    first, second = (await ClausePlanner(decider).plan(Request(request_text), specialists())).tasks
    assert (first.worker, second.worker, second.depends_on) == ("summarizer", "writer", ("1",))
