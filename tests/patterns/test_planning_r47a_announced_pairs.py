"""How a user announces the parts is no part: "Do these two at the same time please.", "Two questions mon frère."
(a word of address in another tongue, read with its accents off). And "how much is that?" after a sum's own figures
("25 sacks of rice husk at 1 750 FCFA each, how much is that?") stands for what they come to, not for the answer
of the part before it."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.lists import announces_list
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "sentence",
    [
        "Do these two at the same time please.",
        "Handle both at once",
        "Two questions mon frère.",
        "Two things my friend",
    ],
)
def test_a_sentence_that_only_announces_the_parts_is_no_part(sentence: str) -> None:
    assert announces_list(sentence)


@pytest.mark.parametrize("sentence", ["Two things if it rains", "Few things worry me", "Do the dishes"])
def test_a_sentence_that_says_something_is_no_announcement(sentence: str) -> None:
    assert not announces_list(sentence)


async def test_a_sum_asked_of_its_own_figures_waits_for_nothing(decider: RankingDecider) -> None:
    text = (
        "Two questions mon frère. When was the Great Mosque of Djenné rebuilt in the form we see today? And "
        "separately, 25 sacks of rice husk at 1 750 FCFA each, how much is that?"
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [(t.worker, t.depends_on) for t in plan.tasks] == [("researcher", ()), ("calculator", ())]
    assert not plan.tasks[0].text.startswith("Two questions")


async def test_what_a_message_asks_of_its_reader_stays_with_it_after_a_statement(decider: RankingDecider) -> None:
    text = (
        "I'm a second year student. Write an email to my tutor asking for an extension on my essay due Friday 7 "
        "February because I've had flu, and suggest Monday 10 February as the new date."
    )
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["writer"]
    assert "10 February" in plan.tasks[0].text
