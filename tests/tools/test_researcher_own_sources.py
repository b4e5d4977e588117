"""The knowledge base called by the user's own name for it: "what do your books say about X?", "according to your
notes, ...". 'Your books' says where to look, never the topic: it was a note on children's books that answered
"Tell me what your books say". The topic is what is looked up; with none, there is nothing to look up."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, request: str):
    return await call(create_server(tmp_path), "answer", request=request)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("What do your books say about Python being named after Monty Python?", "Monty Python"),
        ("According to your notes, who created Python?", "Guido van Rossum"),
        ("What do your books say about the Parthenon?", "Athena"),
        ("Look what your books say about the Parthenon was built for the goddess Athena?", "Athena"),
    ],
)
async def test_the_topic_is_looked_up_not_the_books(tmp_path, request_text, expected):
    result = await ask(tmp_path, request_text)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text",
    ["Tell me what your books say", "Look what your books say.", "what do your sources say about it?"],
)
async def test_the_books_alone_name_nothing_to_look_up(tmp_path, request_text):
    result = await ask(tmp_path, request_text)
    assert result.is_error and "can't tell what to look up" in error_text(result)
