"""A request in the Creole spelling of the Caribbean ("Work out di total den write ...", "Summarize dis an den write
...") splits into its steps and points at its material as the same request in standard spelling does. Near-misses:
one such word alone ("the bear's den", "a letter to Di") is left as written."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.creole_words import standard_words
from tests.patterns.test_routing_users import specialists

NOTICE = "Conch season closes on 1 July and opens again on 1 October. No conch can be taken or sold while it is closed."


@pytest.mark.anyio
async def test_den_starts_the_next_step(decider: RankingDecider) -> None:
    request = Request("Six fish at BZ$12 each. Work out di total den write a receipt to Jessica wid di amount.")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["calculator", "writer"]
    assert plan.tasks[1].depends_on == ("1",)


@pytest.mark.anyio
async def test_dis_points_at_the_material(decider: RankingDecider) -> None:
    request = Request(f"Summarize dis an den write a short note to di boat captains from di summary: {NOTICE}")
    plan = await ClausePlanner(decider).plan(request, specialists())
    assert [t.worker for t in plan.tasks] == ["summarizer", "writer"]
    assert NOTICE in plan.tasks[0].text


def test_wah_is_what_beside_another_creole_word() -> None:
    assert standard_words("Wah di capital of Belize?") == "What the capital of Belize?"


@pytest.mark.parametrize(
    "text",
    ["The bear went back to its den then wrote a letter.", "Write a card to Di for her birthday.", "Wah, 40 is a lot!"],
)
def test_one_word_alone_is_left_as_written(text: str) -> None:
    assert standard_words(text) == text
