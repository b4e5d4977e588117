"""A place's extreme asked as its "part" or "spot" ("the deepest part of the ocean") is the point a note names
("Its deepest point, the Challenger Deep ..."); an extreme no note gives is still declined."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How deep is the deepest part of the ocean?", "11,000 metres"),
        ("What's the deepest spot in the ocean?", "Challenger Deep"),
        ("Where is the deepest part of the ocean?", "Mariana Trench"),
        ("How deep is the deepest part of Lake Baikal?", "1,642 metres"),
    ],
)
async def test_an_extreme_part_is_the_point_a_note_names(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question", ["What is the hottest part of the Sun?", "What is the best part of the Eiffel Tower?"]
)
async def test_an_extreme_no_note_gives_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
