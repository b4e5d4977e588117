"""Round 40: a note that puts only a narrower kind of the question's thing first ("the first X-ray photograph")
does not say which was the first of the thing itself ("the first photograph"): the researcher declines rather
than answer with the narrower one. A question that names the narrower kind, or a note that orders the thing
itself, is still answered."""

from __future__ import annotations

import pytest
from conftest import call, researched

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "question",
    [
        "when was the first photograph ever taken?",
        "what year was the first photograph taken?",
        "who took the first photograph?",
        "first photograph ever, when was it taken",
    ],
)
async def test_a_narrower_first_is_no_answer(tmp_path, question: str) -> None:
    from servers.tools.researcher import create_server

    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when was the first X-ray photograph taken?", "1895"),
        ("who was the first person to walk on the moon?", "Armstrong"),
        ("who was the first Roman emperor?", "Augustus"),
        ("who was the first woman to win a Nobel Prize?", "Curie"),
    ],
)
async def test_the_thing_itself_put_first_is_answered(tmp_path, question: str, expected: str) -> None:
    assert expected in await researched(tmp_path, question)


async def test_a_first_told_of_the_thing_itself_in_a_note_added_is_answered(tmp_path) -> None:
    from servers.tools.researcher import create_server

    server = create_server(tmp_path)
    note = "Nicephore Niepce took the first photograph, a view from his window, in about 1826."
    await call(server, "add_document", title="Early photography", text=note)
    result = await call(server, "answer", request="when was the first photograph taken?")
    assert not result.is_error and "1826" in result.structured_content["answer"]
