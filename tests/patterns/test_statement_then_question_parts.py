"""A part that states the user's situation and then asks ("We're selling 250 raffle tickets at £2 each - what's the
most we can raise?") is routed by what it asks: its opening words are a statement's subject, not a verb that
says who acts, so they are not ranked apart as an instruction's head would be."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from tests.patterns.test_routing_users import specialists

POSTER = " Also write a poster for the raffle on Saturday 9 November at the village hall."


@pytest.mark.parametrize(
    "first",
    [
        "We're selling 250 raffle tickets at £2 each — what's the most we can raise?",
        "We're charging £3 a cake and baked 120 cakes, so how much could we make?",
        "I'm paid £12.50 an hour for 30 hours, what do I earn?",
        "Our hall holds 80 people at £15 a ticket - what's the most we can take?",
        "My car does 45 mpg and the trip is 270 miles, how many gallons is that?",
        "We're splitting £240 between 6 volunteers, how much each?",
    ],
)
@pytest.mark.anyio
async def test_the_sum_after_a_statement_goes_to_the_calculator(decider: RankingDecider, first: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(first + POSTER), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]


@pytest.mark.parametrize(
    ("request_text", "agents"),
    [
        ("Write a thank-you note to the volunteers. Also what's 15% of 80?", ["writer", "calculator"]),
        ("Summarize this: The fair raised £2,000. Stalls sold out. Also what's 12 times 12?",
         ["summarizer", "calculator"]),
    ],
)  # fmt: skip
@pytest.mark.anyio
async def test_instructions_are_still_ranked_by_their_verb(
    decider: RankingDecider, request_text: str, agents: list[str]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == agents
