"""Everyday counts the notes give: how many players a side has in a team sport, and which element has an atomic
number (the first ten). A sport or an element the notes leave out is declined, never answered from a neighbour."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many players does a rugby union team have on the pitch?", "15"),
        ("how many players in a rugby league side", "13"),
        ("How many players are on a football team?", "11"),
        ("How many players are on a hockey team?", "ice hockey team 6"),
        ("quick one for a pub quiz: which element has atomic number 1?", "hydrogen"),
        ("what element is atomic number 6", "carbon 6"),
        ("Which element has the atomic number 2?", "helium"),
    ],
)
async def test_everyday_counts_are_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "How many players on a lacrosse team?",
        "Which element has atomic number 11?",
        "Which element has atomic number 92?",
    ],
)
async def test_counts_the_notes_do_not_give_are_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base" in error_text(result)
