"""Figures told first, as what the asker does with them, and a question after them that names nothing of its own
("I get $600 from selling poi. Give half to my son and den one third to my daughter. How much stay with me?") are one
sum: the question goes with its figures to one worker, never alone to another. A question with a thing of its own
("How many moons does Jupiter have?") keeps its own part."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.clauses import split_tasks
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


@pytest.mark.parametrize(
    "text",
    [
        "I get $600 from selling poi. Give half to my son and den one third to my daughter. How much stay with me?",
        "Take 40 kg of beans to market and sell a quarter at the gate. How many are left?",
    ],
)
async def test_a_question_on_the_figures_before_it_goes_with_them(decider: RankingDecider, text: str) -> None:
    assert len(texts(text)) == 1
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"]


def test_a_question_with_a_thing_of_its_own_keeps_its_part() -> None:
    assert texts("Work out 15% of 80. How many moons does Jupiter have?") == [
        "Work out 15% of 80",
        "How many moons does Jupiter have?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bought cedrón 2 kg at ₲ 30.000 and then 3 kg at ₲ 45.000. What is my average price per kilo?",
        "I sold 4 hats at $10 and then 3 more at $12. What did I make?",
    ],
)
def test_figures_after_and_then_with_their_verb_left_out_are_one_story(text: str) -> None:
    assert texts(text) == [text]
