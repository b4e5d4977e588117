"""What causes a thing ("What causes a rainbow?", "Look up what causes a rainbow") is answered by the process that
brings it about ("A rainbow forms when sunlight enters raindrops ..."), as "Why do rainbows form?" is; it was
answered by a sentence that only had "so" and "made" in it, which says nothing of the cause. A named place's part
said before its name ("Who painted the Sistine Chapel ceiling?") is read as notes say it ("the ceiling of the
Sistine Chapel"). A request addressed to two agents ("Have the calculator and the researcher both answer this:
...") asks what follows the colon. Questions the notes do not answer are still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What causes a rainbow?", "sunlight enters raindrops"),
        ("Look up what causes a rainbow", "sunlight enters raindrops"),
        ("what causes rainbows", "sunlight enters raindrops"),
        ("Can you find out what causes a rainbow?", "sunlight enters raindrops"),
        ("What causes the seasons?", "tilt"),
        ("What causes the tides?", "Moon's gravity"),
        ("Who painted the Sistine Chapel ceiling?", "Michelangelo"),
        ("who painted the Sistine Chapel ceiling", "Michelangelo"),
        ("When was the Sistine Chapel ceiling painted?", "1508"),
        ("Have the calculator and the researcher both answer this: how many metres are in a mile?", "1,609.344"),
        ("How many metres are in a mile?", "1,609.344"),
        ("Get the researcher to answer this: how many feet are in a mile?", "5,280"),
    ],
)
async def test_a_question_in_users_words_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "What causes hiccups?",
        "What causes lightning?",
        "Who painted the Taj Mahal ceiling?",
        "How many metres are in a furlong?",
        "Have the calculator and the researcher both answer this: how many metres are in a league?",
    ],
)
async def test_a_question_the_notes_do_not_answer_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)
