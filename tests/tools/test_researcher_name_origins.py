""" "Why is X called X?" asks where a name comes from: a note that says it ("The name comes from ...", "named after
...") answers; a sentence that merely gives some cause and mentions X does not, and a name no note explains is
declined."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why is Python called Python?", "Monty Python"),
        ("Why is it called Python?", "Monty Python"),
        ("Why was Python named Python?", "Monty Python"),
        ("why is python called that", "Monty Python"),
        ("Why is Angel Falls called Angel Falls?", "Jimmie Angel"),
    ],
)
async def test_a_name_is_explained_by_the_note_that_says_where_it_comes_from(tmp_path, question, expected):
    answer = await researched(tmp_path, question)
    assert expected in answer
    assert "JSON Schema" not in answer


@pytest.mark.parametrize(
    "question", ["Why is Rust called Rust?", "Why is the Pacific called the Pacific?", "Why is Python so popular?"]
)
async def test_a_name_no_note_explains_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
