"""What a request is for, said before a colon ("For the sponsored walk leaflet: convert 15 miles to km, and also
what's 17.5% of 640?"), heads the orders after it: they are the request, each a part of its own, not material for
a leaflet; before a text to write the label stays with it."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists


@pytest.mark.anyio
async def test_orders_after_a_purpose_are_parts_of_their_own(decider: RankingDecider) -> None:
    request = Request("For the school trip letter: work out 28 pupils at £12.50 each, and also convert 40 miles to km.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == [
        ("calculator", "Work out 28 pupils at £12.50 each"),
        ("calculator", "Convert 40 miles to km"),
    ]


@pytest.mark.anyio
async def test_a_text_named_after_its_purpose_is_still_the_material(decider: RankingDecider) -> None:
    request = Request("For the club minutes: Summarize this: The AGM was held on 3 May. Twelve members attended.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["summarizer"]
