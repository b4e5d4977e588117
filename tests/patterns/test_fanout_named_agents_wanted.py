"""A request that names its agents and then what it wants of each ("Send this to the summarizer and the writer - I
want a short summary for my records and a friendly note to the tenant: <text>") gives each agent its own thing
wanted with the same text; wanted things said after the facts ("<facts>. I need the total and a text to the
customer.") give the calculator the facts and its question, the writer its ask with the facts as its points."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.addressed import addressed
from patterns.asks import OwnAsks
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

NAMES = ["calculator", "writer", "summarizer", "researcher", "fact_checker", "code_reviewer"]
NOTES = "The tap dripped on 3 March. A plumber replaced the washer on 6 March. The leak has stopped."


async def sent(decider: RankingDecider, text: str) -> dict[str, str]:
    to = addressed(text, NAMES)
    assert to is not None
    team = [w for w in specialists() if w.name in to.names]
    asks = await OwnAsks(team, decider)(Request(to.text), len(team))
    return {w.name: r.text for w, r in zip(team, asks, strict=True)}


async def test_a_dash_before_what_is_wanted_gives_each_agent_its_own(decider: RankingDecider) -> None:
    lead = "Send this to the summarizer and the writer - I want a short summary and a friendly note to the tenant"
    text = f"{lead}: {NOTES}"
    got = await sent(decider, text)
    assert got["summarizer"] == f"I want a short summary:\n\n{NOTES}"
    assert got["writer"] == f"I want a friendly note to the tenant:\n\n{NOTES}"


async def test_things_wanted_with_no_lead_are_each_asked(decider: RankingDecider) -> None:
    text = f"Run this past the summarizer and the writer - a summary for my file and a note to the couple: {NOTES}"
    got = await sent(decider, text)
    assert got == {"summarizer": f"A summary for my file:\n\n{NOTES}", "writer": f"A note to the couple:\n\n{NOTES}"}


async def test_things_wanted_after_the_facts_go_to_each_as_it_reads_them(decider: RankingDecider) -> None:
    facts = "24 m of skirting board at £3.80 per metre plus a £45 delivery charge."
    text = f"Send this to both the calculator and the writer: {facts} I need the total and a text to the customer."
    got = await sent(decider, text)
    assert got == {"calculator": f"{facts} I need the total.", "writer": f"I need a text to the customer:\n\n{facts}"}
