"""A fan-out request that wants one thing for each worker ("I want a short summary and a tidied-up version I can
send to my husband: <notes>") gives each worker its own thing and the same material; any other request goes to
every worker whole."""

from __future__ import annotations

import pytest

from patterns import FanOut, RankingDecider, Request
from patterns.asks import OwnAsks, wanted_asks
from tests.patterns.scripted import Scripted
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

NOTES = "Mrs Clarke said Leo is doing well in maths. He needs to practise spelling at home for ten minutes a day."


def pair() -> list[Scripted]:
    return [w for w in specialists() if w.name in ("summarizer", "writer")]


@pytest.mark.parametrize(
    ("lead", "summary", "other"),
    [
        (
            "Here are my notes from parents' evening, I want ",
            "a short summary",
            "a tidied-up version I can send to my husband",
        ),
        ("Notes from the meeting, give me ", "a two-line summary", "a polite email to the team"),
        ("I'd like ", "a summary", "a friendly note to my mum about it"),
        ("Can I have ", "a quick summary", "a tidied-up message for the class group"),
    ],
)
async def test_each_worker_gets_the_thing_it_does(decider: RankingDecider, lead: str, summary: str, other: str) -> None:
    request = Request(f"{lead}{summary} and {other}: {NOTES}")
    sent = dict(zip([w.name for w in pair()], await OwnAsks(pair(), decider)(request, 2), strict=True))
    assert sent["summarizer"].text == f"{lead}{summary}:\n\n{NOTES}"
    assert sent["writer"].text == f"{lead}{other}:\n\n{NOTES}"


@pytest.mark.parametrize(
    "text",
    [
        f"Give me a shorter version of this notice: {NOTES}",  # one thing, asked of both
        f"I want a summary, a tweet and a poem: {NOTES}",  # three things for two workers
        "I want a short summary and a tidied-up version",  # no material to share
    ],
)
async def test_a_request_without_one_thing_each_goes_whole(decider: RankingDecider, text: str) -> None:
    request = Request(text)
    assert await OwnAsks(pair(), decider)(request, 2) == [request, request]


def test_the_things_wanted_are_read_with_their_articles() -> None:
    assert wanted_asks(f"I want a summary, and an email to Sam: {NOTES}") == (
        "I want ",
        ["a summary", "an email to Sam"],
        NOTES,
    )


async def test_a_fan_out_with_own_asks_sends_each_branch_its_own(decider: RankingDecider) -> None:
    workers = pair()
    writer, summarizer = workers
    fan = FanOut(workers, shard=OwnAsks(workers, decider))
    await fan.send(Request(f"I want a short summary and a tidied-up version I can send to my husband: {NOTES}"))
    assert summarizer.requests[0].text.startswith("I want a short summary:")
    assert writer.requests[0].text.startswith("I want a tidied-up version I can send to my husband:")


@pytest.mark.parametrize(
    ("text", "lead", "asks"),
    [
        # the things wanted by whoever asks ("give us"), the second said with its own verb
        (f"Give us a short summary of this and a notice for the club board from it too: {NOTES}", "Give us ",
         ["a short summary of this", "a notice for the club board from it too"]),
        (f"Can you do two things with this, give me a short summary and also write a Facebook post for the village "
         f"page from it: {NOTES}", "give me ", ["a short summary", "a Facebook post for the village page from it"]),
        # a clause saying only that several things are wanted at once comes before the things, and is not one
        (f"Please do both at the same time, a summary and a short LINE message for the parents, from this notice: "
         f"{NOTES}", "", ["a summary", "a short LINE message for the parents, from this notice"]),
    ],
)  # fmt: skip
def test_the_things_wanted_are_read_after_an_announcing_clause(text: str, lead: str, asks: list[str]) -> None:
    assert wanted_asks(text) == (lead, asks, NOTES)
