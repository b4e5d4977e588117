"""Counts to look up: how many of something a thing has "on the pitch" or "in its body" is a fact for the
researcher ("one" there is "a", no figure), and "how many is that for both teams" a sum on it, after it."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.forms import counts_in_the_world
from tests.patterns.test_routing_users import specialists


async def planned(decider: RankingDecider, request_text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    return [(task.worker, task.depends_on) for task in plan.tasks]


# -- "How many players does one team have on the pitch, and how many is that for both teams?" ---------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How many players does one soccer team have on the pitch, and how many is that for both teams together?",
        "How many players does a rugby union team have on the field, and how many is that for both sides?",
        "How many legs does one spider have, and how many is that for 6 spiders?",
        "How many strings does a violin have, and how many is that for a quartet of four violins?",
    ],
)
async def test_a_count_to_look_up_then_a_sum_on_it(decider: RankingDecider, request_text: str) -> None:
    assert await planned(decider, request_text) == [("researcher", ()), ("calculator", ("1",))]


@pytest.mark.parametrize(
    "question",
    [
        "How many players does one soccer team have on the pitch?",
        "how many bones does a human have in their body",
        "How many keys does a piano have altogether?",
        "How many calories does one banana have?",
    ],
)
def test_a_count_a_thing_has_somewhere_is_a_fact(decider: RankingDecider, question: str) -> None:
    assert counts_in_the_world(question)
    assert decider.rank_now(question, specialists())[0].worker == "researcher"


@pytest.mark.parametrize(
    "question",
    [
        "How many days do we have until Christmas?",
        "how many hours do I have left",
        "How many people do we have on the team if 3 leave?",
        "How many legs do one hundred spiders have?",
    ],
)
def test_what_is_left_or_counted_from_figures_is_no_count_to_look_up(question: str) -> None:
    assert not counts_in_the_world(question)
