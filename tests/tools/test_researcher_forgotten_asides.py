"""The asker speaking of themselves after a question ("My son's asking and I've forgotten", "I'm stumped") tells
why they ask: "I've" and "I'm" are no names for the question to be about, so the question is looked up alone, and
"again" ("what's photosynthesis again?") only says the asker once knew. A question asking what its subject does
something to ("What do bees make?") is answered only by a passage that says that verb, not by any sentence about
the subject; a name told beside the aside still keeps the whole request, which is declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is photosynthesis? My son's asking and I've forgotten", "sunlight"),
        ("what's photosynthesis again? I've totally forgotten and my daughter needs it for homework", "carbon dioxide"),
        ("How does photosynthesis work? I'm helping my niece and I'd like to get it right", "sunlight"),
        ("Why is the sky blue? My son asked and I'm stumped", "scatter"),
        ("What is photosynthesis? I'm a bit rusty and I'll be asked at tea", "oxygen"),
        ("What was the capital of Australia again? I'd forgotten", "Canberra"),
        ("What did Marie Curie discover?", "polonium"),
    ],
)
async def test_a_question_with_the_askers_own_aside_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "What do wasps make?",  # the bees note says what wasps sting with, not what they make
        "What do wasps make? I've always wondered",
    ],
)
async def test_a_passage_that_does_not_say_what_was_asked_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)
