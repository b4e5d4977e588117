"""Round 34: quantities stated in one part and named by their kind in another, in other words, units and orders;
and what must be left as it is (a result after a sum, two figures to choose from, a figure of the part's own)."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


async def later_part(decider: RankingDecider, request: str) -> tuple[str, tuple[str, ...]]:
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    return made.tasks[-1].text, made.tasks[-1].depends_on


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write an email to my tenant saying the new rent is $950 a month, and also tell me what 12 months at "
            "that rent comes to.",
            "Tell me what 12 months at $950 comes to",
        ),
        ("Fact-check that the Shard is 310 m tall, and convert that height to feet.", "Convert 310 m to feet"),
        (
            "Send a message to the buyer that the parcel weighs 4.5 kg, and also convert that weight to pounds.",
            "Convert 4.5 kg to pounds",
        ),
        ("Check whether Everest is 8,849 m high, then convert this height into feet.", "Convert 8,849 m into feet"),
        (
            "Write a notice that the pool is heated to 28°C, and convert that temperature to Fahrenheit.",
            "Convert 28°C to Fahrenheit",
        ),
        (
            "Write a post saying the club fee is €45 a term, and work out what 3 terms at the same fee cost.",
            "Work out what 3 terms at €45 cost",
        ),
        ("Is it true that a marathon is 26.2 miles? Also convert that distance to km.", "Convert 26.2 miles to km"),
        (
            "Write a poster saying tickets are $8, and work out what 35 tickets at that price bring in.",
            "Work out what 35 tickets at $8 bring in",
        ),
    ],
)
async def test_the_stated_quantity_is_said_where_it_is_named(
    decider: RankingDecider, request_text: str, said: str
) -> None:
    assert await later_part(decider, request_text) == (said, ())


@pytest.mark.parametrize(
    "request_text",
    [
        "Draft a note that fees rise from £12 to £14, and tell me what 10 sessions at that price cost.",
        "Work out 15% of £80, then email Sam that amount.",
        "Write a poster saying tickets are $8, and work out what 35 tickets at that price of $9 bring in.",
        "Write a notice that the pool opens at 9, and convert that temperature to Fahrenheit.",
    ],
)
async def test_what_names_no_single_stated_figure_is_left_as_it_is(decider: RankingDecider, request_text: str) -> None:
    text, _ = await later_part(decider, request_text)
    assert "that price" in text or "that amount" in text or "that temperature" in text
