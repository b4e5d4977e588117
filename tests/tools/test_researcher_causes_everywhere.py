"""A cause asked of a thing in the setting it always has ("What actually causes the tides in the sea?", "what causes
tides on Earth?") is answered by the note's cause of the thing ("Tides are caused mainly by the Moon's gravity"),
where the setting's word made the question's head "sea" and nothing matched; a setting that says which ones ("in
Japan", "in the sky") is still read, and a scope ("the largest ocean in the world") is kept."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.wording import as_typed

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "What actually causes the tides in the sea?",
        "What causes the tides in the ocean?",
        "what causes tides on Earth?",
        "What really causes tides in the oceans?",
        "so what causes tides in the sea, then?",
        "My daughter asked me what causes the tides in the sea",
    ],
)
async def test_a_cause_asked_in_the_setting_it_always_has_is_answered(tmp_path, question):
    assert "Moon's gravity" in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("What causes earthquakes in Japan?", "in Japan"),
        ("What causes lightning in the sky?", "in the sky"),
        ("What is the largest ocean in the world?", "in the world"),
        ("Which country has the most people in the world?", "in the world"),
        ("Why is there salt in the sea?", "in the sea"),
    ],
)
def test_a_setting_that_says_which_or_a_scope_is_kept(question, kept):
    assert kept in as_typed(question)


async def test_a_cause_of_a_thing_no_note_covers_is_still_declined(tmp_path):
    result = await call(create_server(tmp_path), "answer", request="What causes rogue waves in the ocean?")
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base" in error_text(result)
