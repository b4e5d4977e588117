"""Parts typed fast or announced in other Englishes keep their own steps: a part set apart in lower case after a
full stop ("wats 18% of 640. also is it true ..."), text-speak question words ("wats", "wot"), an announcement of
small parts ("Two wee things.") that is no part itself, and a sentence after a sum that only says what its figure is
called and who spoke of it ("That's the rates rebate they're talking about"), which is nothing to work out. Near-
misses keep their readings: a statement before "also" that the next question works on, a gloss with no speaker (a
claim), a gloss that gives a figure."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.lists import announces_list
from patterns.occasions import glosses_the_question
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def tasks(decider: RankingDecider, text: str) -> list[tuple[str | None, str]]:
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    return [(t.worker, t.text) for t in plan.tasks]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "wats 18% of 640. also is it true copper conducts electricity better than aluminium",
            "Wats 18% of 640",
            "fact_checker",
        ),
        ("wat's 15% of 90. also is it true that glass is a liquid", "Wat's 15% of 90", "fact_checker"),
        ("wot is 12 x 14. also who invented the telephone", "Wot is 12 x 14", "researcher"),
        ("whats 25% of 300. plus can u check if bats are blind", "Whats 25% of 300", "fact_checker"),
    ],
)
async def test_a_part_set_apart_in_lower_case_is_a_step_of_its_own(
    decider: RankingDecider, text: str, first: str, second: str
) -> None:
    planned = await tasks(decider, text)
    assert planned[0] == ("calculator", first)
    assert [w for w, _ in planned[1:]] == [second]


@pytest.mark.parametrize(
    ("text", "sum_part", "note_part"),
    [
        (
            "Two wee things. What's 12% of £2,450? That's the rates rebate they're talking about. And write a note "
            "to Tam saying his shift's moved to Thursday at 5pm this week",
            "What's 12% of £2,450?",
            "Write a note to Tam saying his shift's moved to Thursday at 5pm this week",
        ),
        (
            "Couple of wee questions. What's 15% of £80? And write a message to Ade saying the van is fixed",
            "What's 15% of £80?",
            "Write a message to Ade saying the van is fixed",
        ),
        (
            "A few little things. What is 8% of £1,300? It's the grant the council mentioned. Then draft a note to "
            "the committee saying the grant was approved",
            "What is 8% of £1,300?",
            "Draft a note to the committee saying the grant was approved",
        ),
    ],
)
async def test_an_announcement_and_a_gloss_are_no_steps(
    decider: RankingDecider, text: str, sum_part: str, note_part: str
) -> None:
    planned = await tasks(decider, text)
    assert planned[0] == ("calculator", sum_part)
    assert planned[1][0] == "writer" and planned[1][1].startswith(note_part)
    assert len(planned) == 2


@pytest.mark.parametrize("text", ["Two wee things.", "A couple of little questions", "Three quick ones please."])
def test_small_parts_announced_are_an_announcement(text: str) -> None:
    assert announces_list(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "That's the tallest building in Europe.",  # no speaker: a claim, perhaps
        "That's the deposit, £900 they said.",  # a figure of its own
        "That's the rebate you mentioned, can you double it?",  # an ask
    ],
)
def test_near_misses_are_no_gloss(sentence: str) -> None:
    assert not glosses_the_question(sentence)


async def test_a_statement_before_also_stays_with_the_question_it_informs(decider: RankingDecider) -> None:
    text = "The van is 2.5 m wide. also the gate is 2.4 m wide, will it fit?"
    assert await tasks(decider, text) == [("calculator", text)]


async def test_a_gloss_with_a_figure_is_not_dropped(decider: RankingDecider) -> None:
    planned = await tasks(decider, "What's 5% of £18,000? That's the deposit, £900 they said.")
    assert any("£900" in text for _, text in planned)
