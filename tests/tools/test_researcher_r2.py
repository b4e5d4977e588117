"""People as doers and dates of intentions: "What year did man land on the Moon?" asks when the landing happened,
which the note says of "the first humans"; the year a goal was set ("the goal set by President Kennedy in 1961 of
landing a man on the Moon") is not the year of the landing, though it answers a question about the goal itself."""

from __future__ import annotations

import pytest
from conftest import researched

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "question",
    [
        "What year did man land on the Moon?",
        "what year did men land on the moon",
        "When did humans first land on the moon?",
        "When did astronauts land on the Moon?",
        "When did we land on the moon?",
        "Which year did humans land on the Moon?",
        "When did man first walk on the moon",
        "What year did people first walk on the Moon?",
    ],
)
async def test_a_landing_is_dated_by_the_landing_not_by_the_goal(tmp_path, question):
    answer = await researched(tmp_path, question)
    assert "1969" in answer
    assert "1961" not in answer


async def test_the_goal_itself_is_dated_by_the_goal(tmp_path):
    answer = await researched(tmp_path, "What year did Kennedy set the goal of landing on the Moon?")
    assert "1961" in answer
