"""A fan-out request whose parts the offline planner reads, one for each worker ("make a summary for me and also
write a short reminder for the students, from this notice: <text>"), gives each worker its own part, each with the
material; a list of things announced before the colon ("two separate things: ...") is read after it. Anything
else still goes to every worker whole."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.asks import OwnAsks
from tests.patterns.scripted import Scripted
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio

NOTICE = (
    "The swimming pool will close on Friday 14 March for repairs to the boiler. Lessons that day move to Monday 17 "
    "March. Members should bring their own towels while the laundry is shut."
)


def workers(*names: str) -> list[Scripted]:
    return [w for w in specialists() if w.name in names]


async def sent(decider: RankingDecider, text: str, *names: str) -> dict[str, str]:
    team = workers(*names)
    requests = await OwnAsks(team, decider)(Request(text), len(team))
    return {w.name: r.text for w, r in zip(team, requests, strict=True)}


@pytest.mark.parametrize(
    "lead",
    [
        "At the same time please, make a summary for me and also write a short reminder for the members, from this "
        "notice",
        "Summarise this for me and also draft a short reminder for the members",
    ],
)
async def test_each_worker_gets_its_own_part_with_the_material(decider: RankingDecider, lead: str) -> None:
    parts = await sent(decider, f"{lead}: {NOTICE}", "summarizer", "writer")
    assert "reminder" not in parts["summarizer"] and NOTICE in parts["summarizer"]
    assert "reminder" in parts["writer"] and NOTICE in parts["writer"]


async def test_things_announced_before_the_colon_are_the_list_after_it(decider: RankingDecider) -> None:
    text = "two separate things, run them side by side: what is 15% of 86.40, and who wrote the song Jolene?"
    parts = await sent(decider, text, "calculator", "researcher")
    assert parts["calculator"].lower().startswith("what is 15% of 86.40") and "Jolene" not in parts["calculator"]
    assert "Jolene" in parts["researcher"] and "86.40" not in parts["researcher"]


@pytest.mark.parametrize(
    "text",
    [
        f"Both of you, have a look at this: {NOTICE}",  # no parts: each reads the notice whole
        f"Make a summary of this: {NOTICE}",  # one part for two workers
    ],
)
async def test_a_request_with_no_part_for_each_goes_whole(decider: RankingDecider, text: str) -> None:
    parts = await sent(decider, text, "summarizer", "writer")
    assert parts == {"summarizer": text, "writer": text}
