"""Round 38: orders and questions after what the request is for ("For the quiz night flyer: ..."), in other voices;
near-misses where the colon still introduces material or a text to write."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.rounds


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("For the sponsored walk leaflet: convert 15 miles to km, and also what's 17.5% of 640?",
         [("calculator", "Convert 15 miles to km"), ("calculator", "What's 17.5% of 640?")]),
        ("For the quiz night flyer: what's 15% of £320, and convert 5 kg to pounds?",
         [("calculator", "What's 15% of £320"), ("calculator", "Convert 5 kg to pounds?")]),
        ("For my allotment notes: work out the area of a 4 m by 2.5 m bed, and also convert 20 litres to gallons.",
         [("calculator", "Work out the area of a 4 m by 2.5 m bed"), ("calculator", "Convert 20 litres to gallons")]),
        ("Regarding the invoice: please add up £120, £45 and £80.",
         [("calculator", "Please add up £120, £45 and £80")]),
        ("Re the staff newsletter: summarise this: The canteen will close early on Friday. Staff can use the cafe.",
         [("summarizer", "Summarise this: The canteen will close early on Friday. Staff can use the cafe.")]),
    ],
)  # fmt: skip
@pytest.mark.anyio
async def test_orders_after_a_purpose(decider: RankingDecider, request_text: str, parts: list[tuple[str, str]]) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [(t.worker, t.text) for t in plan.tasks] == parts


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarise this for the newsletter: The canteen will close early on Friday. Staff can use the cafe on level 2.",
        "For the club minutes: Summarize this: The AGM was held on 3 May. Twelve members attended.",
    ],
)
@pytest.mark.anyio
async def test_material_after_a_colon_stays_whole(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["summarizer"]
