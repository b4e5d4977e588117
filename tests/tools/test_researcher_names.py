"""What a thing is named after is answered by the note that says where its name comes from; a thing whose note
says nothing of its name is still declined."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    ["what is Python named after", "What was Python named after?", "Where does the name Python come from?"],
)
async def test_what_a_thing_is_named_after_is_answered_from_its_note(tmp_path, question):
    assert "Monty Python" in await researched(tmp_path, question)


@pytest.mark.parametrize("question", ["Who was the Great Barrier Reef named after?", "What is Rust named after?"])
async def test_a_name_no_note_explains_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
