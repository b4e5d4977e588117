"""Round 37: look-ups of what holds now, in users' words, which a later part may not work on offline; and parts that
look up what does not change, give their own figures, or make something, which are no such look-up."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.live_sources import looks_up_now
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "part",
    [
        "Look up the current Bank of England base rate",
        "Find today's gold price per ounce",
        "What's the current UK inflation rate?",
        "Get me today's price of Brent crude",
        "Look up the current minimum wage",
        "Search for the current population of Lisbon",
        "Find out the latest Fed interest rate",
        "Check the latest euro to pound exchange rate",
        "Please look up tonight's lottery jackpot",
        "Tell me the live score of the Arsenal game",
    ],
)
def test_a_look_up_of_what_holds_now(part: str) -> None:
    assert looks_up_now(part)


@pytest.mark.parametrize(
    "part",
    [
        "Look up the height of Everest",
        "Look up when the Berlin Wall fell",
        "Today's takings were £840. Work out 20% VAT on that",  # its own figure
        "Write a post about today's weather",  # makes something
        "Find the current in this circuit: 12 V across 4 ohms",  # gives its figures
        "Summarise the latest minutes: we met on Monday",
    ],
)
def test_not_a_look_up_of_what_holds_now(part: str) -> None:
    assert not looks_up_now(part)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Find today's gold price per ounce, then work out what 3 ounces would cost at that price.",
        "What's the current UK inflation rate? Then use it to work out how much £1,000 loses in a year.",
        "Look up the current minimum wage and then calculate a 37.5 hour week at that rate.",
        "Look up the current price of a first-class stamp, then write a note to the office manager with that price.",
        "Search for the current population of Lisbon and then work out 2% of that number.",
    ],
)
async def test_the_part_after_a_live_look_up_gets_nothing_to_work_on(
    decider: RankingDecider, request_text: str
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    first, second = plan.tasks
    assert first.worker is None and second.depends_on == (first.id,)


@pytest.mark.anyio
async def test_a_live_question_asked_alone_still_goes_to_its_worker(decider: RankingDecider) -> None:
    plan = await ClausePlanner(decider).plan(Request("What's the current Bank of England base rate?"), specialists())
    assert [t.worker for t in plan.tasks] == ["researcher"]
