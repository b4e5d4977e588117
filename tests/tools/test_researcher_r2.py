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


@pytest.mark.parametrize(
    "question",
    [
        "Where was Napoleon exiled at the end?",
        "Where was Napoleon exiled in the end?",
        "Where was Napoleon finally exiled?",
        "Where was Napoleon last exiled?",
        "Where was Napoleon exiled for the last time?",
        "Where did Napoleon end up exiled in the end?",
    ],
)
async def test_the_last_of_several_is_the_one_the_note_tells_last(tmp_path, question):
    answer = await researched(tmp_path, question)
    assert "Saint Helena" in answer
    assert "Elba" not in answer


def test_the_last_is_taken_only_from_a_clear_order():
    from servers.tools.researcher.sequence import asks_for_last, last_told

    assert asks_for_last("Who was the last person to walk on the Moon?") == (
        "Who was the last person to walk on the Moon?",
        False,
    )
    assert asks_for_last("What happened last night?")[1] is False
    exiled = ["He was exiled to Elba.", "He was exiled to Saint Helena."]
    assert last_told(exiled, lambda s: "exiled" in s) == ""  # told twice, no order said: declined
    assert last_told([exiled[0], "He was then exiled to Saint Helena."], lambda s: "exiled" in s) == (
        "He was then exiled to Saint Helena."
    )
    assert last_told(
        ["In 1814 he was exiled to Elba.", "In 1815 he was exiled to Saint Helena."], lambda s: "exiled" in s
    )


@pytest.mark.parametrize("question", ["Where was Napoleon first exiled?", "Where was Napoleon exiled first?"])
async def test_the_first_of_several_is_never_the_last_one(tmp_path, question):
    from conftest import call

    from servers.tools.researcher import create_server

    result = await call(create_server(tmp_path), "answer", request=question)
    # Elba, or an honest decline: never Saint Helena, the second exile
    assert result.is_error or "Saint Helena" not in result.structured_content["answer"]
