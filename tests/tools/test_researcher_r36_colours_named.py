"""Round 36: "the blue colour of", "blue in colour", "the colour blue", "color" spelled either way: the colour named is
what the note must say, not the word "colour"; a colour or a thing no note covers is still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "question",
    [
        "What causes the blue colour of the sky?",
        "Why is the sky blue in colour?",
        "Why is the sky the colour blue?",
        "What causes the blue color of the sky?",
        "What causes the blue colour of the sky? A workshop student asked me and I mumbled something.",
        "Why does the sky have a blue colour?",
    ],
)
async def test_a_named_colour_is_looked_up_by_its_name(tmp_path, question):
    found = await researched(tmp_path, question)
    assert "scatter" in found


@pytest.mark.parametrize(
    "question",
    [
        "What colour is the Eiffel Tower?",
        "What causes the green colour of the sky?",
        "What causes the blue colour of the sea?",
    ],
)
async def test_a_colour_no_note_gives_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error and "Nothing in the knowledge base matched" in error_text(result)
