"""Round 35: agents named, then what is wanted of each after a dash or a comma, with or without "I want", or after
the facts; and near-misses that are no such fan-out (one agent named, nothing wanted, a list of one)."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.addressed import addressed
from patterns.asks import OwnAsks, asks_after
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

NAMES = ["calculator", "writer", "summarizer", "researcher", "fact_checker", "code_reviewer"]
TEXT = "The gym opens at 6am from May. Towels now cost £2. The sauna is closed for repairs until June."


@pytest.mark.parametrize(
    ("request_text", "summary_ask", "writer_ask"),
    [
        ("Send this to the summarizer and the writer - I want a short summary and a post for members",
         "I want a short summary", "I want a post for members"),
        ("Give this to the writer and the summariser, I need an email to the staff and a summary for the file",
         "I need a summary for the file", "I need an email to the staff"),
        ("Pass this to both the summarizer and the writer – a two-line summary and a friendly notice",
         "A two-line summary", "A friendly notice"),
        ("Ask the summarizer and the writer about this - I'd like a summary for my diary and a note to Sam",
         "I'd like a summary for my diary", "I'd like a note to Sam"),
        ("Run it past the summarizer and the writer, a summary for the board and a tweet",
         "A summary for the board", "A tweet"),
        ("Show this to the writer and the summarizer — I would like a message to parents and a short summary",
         "I would like a short summary", "I would like a message to parents"),
        ("Send this to the summarizer and the writer at the same time - I want a summary and a poster",
         "I want a summary", "I want a poster"),
    ],
)  # fmt: skip
async def test_each_named_agent_gets_its_own_thing_wanted(
    decider: RankingDecider, request_text: str, summary_ask: str, writer_ask: str
) -> None:
    to = addressed(f"{request_text}: {TEXT}", NAMES)
    assert to is not None and set(to.names) == {"summarizer", "writer"}
    team = [w for w in specialists() if w.name in to.names]
    asks = await OwnAsks(team, decider)(Request(to.text), 2)
    got = {w.name: r.text for w, r in zip(team, asks, strict=True)}
    assert got == {"summarizer": f"{summary_ask}:\n\n{TEXT}", "writer": f"{writer_ask}:\n\n{TEXT}"}


@pytest.mark.parametrize(
    ("facts", "wanted", "asks"),
    [
        ("5 rolls of wallpaper at £18 each plus £12 paste.", "I need the total and a text to the decorator.",
         ["the total", "a text to the decorator"]),
        ("We sold 40 mugs at $6.", "I want the revenue and a short post about it!",
         ["the revenue", "a short post about it"]),
        ("Three vans were idle for 2 days at €300 a day.", "I'd like the total cost, and an email to the boss",
         ["the total cost", "an email to the boss"]),
    ],
)  # fmt: skip
def test_things_wanted_after_the_facts_are_read_from_the_last_sentence(facts: str, wanted: str, asks: list[str]):
    found = asks_after(f"{facts} {wanted}")
    assert found is not None and found[1] == asks and found[2] == facts


@pytest.mark.parametrize(
    "request_text",
    [
        f"Send this to the summarizer - I want a short summary and a post for members: {TEXT}",  # one agent
        f"Send this to the summarizer and the writer - thanks so much: {TEXT}",  # nothing wanted after the dash
        "Ask the summarizer and the writer - what do they think?",  # no material, nothing wanted
    ],
)
def test_what_names_no_agents_and_wants_is_not_read_as_such(request_text: str) -> None:
    to = addressed(request_text, NAMES)
    assert to is None


@pytest.mark.parametrize(
    "text",
    [
        "We sold 40 mugs at $6. I need the total.",  # one thing wanted
        "I need the total and a text to the customer.",  # nothing before what is wanted
        "We sold 40 mugs. I need help with the total and the post, please tell me more about mugs",
    ],
)
def test_fewer_than_two_wanted_after_facts_is_nothing(text: str) -> None:
    assert asks_after(text) is None
