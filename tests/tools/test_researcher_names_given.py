"""A name given to a thing ("known as", "nicknamed", "what people call") asks for what the note names so, as
"called" does: the name itself must still be in the answer, so a name no note gives is declined. A question passed
on with the asker having forgotten the answer ("... and I've forgotten — what is it called?", "... and I've no
idea") asks only the question."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which planet is known as the Red Planet?", "Mars"),
        ("what planet is nicknamed the red planet", "Mars"),
        ("Which planet do people call the red planet?", "Mars"),
        ("What's the planet they call the Red Planet?", "Mars"),
        ("Which planet is often referred to as the red planet?", "Mars"),
        ("Which part of the cell is known as its powerhouse?", "mitochondria"),
        ("Which planet do astronomers call the red planet??", "Mars"),
    ],
)
async def test_a_name_given_is_asked_as_called(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Which planet is known as the blue planet?",
        "Which city is known as the Big Apple?",
        "Which organ is known as the powerhouse of the body?",
    ],
)
async def test_a_name_no_note_gives_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("My daughter asked what gas plants take in and I have forgotten, what's it called again?", "carbon dioxide"),
        ("my son asked which planet is the largest and I've no idea", "Jupiter"),
        ("My niece asked who painted the Mona Lisa and I'd forgotten", "Leonardo"),
        ("My son asked me what the capital of Peru is and I've forgotten", "Lima"),
        ("Our neighbour asked which planet is known as the red planet and we've forgotten", "Mars"),
        ("my nephew asked who painted the Mona Lisa but I can't recall", "Leonardo"),
    ],
)
async def test_a_question_passed_on_with_the_answer_forgotten_asks_only_the_question(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)
