"""An answer is about what was asked: a measure of the thing named ("the surface temperature of the Sun" is not
Venus's), a superlative the passage says of it ("the smallest bone", "the most moons", not denied), and an
order for the deed asked ("the first person to orbit the Moon" is not "the first crewed Moon landing")."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, request: str):
    return await call(create_server(tmp_path), "answer", request=request)


@pytest.mark.parametrize(
    "question",
    [
        "What is the surface temperature of the Sun?",
        "Which planet has the most moons?",
        "What is the smallest muscle in the body?",
        "Who was the first person to orbit the Moon?",
    ],
)
async def test_a_passage_on_another_subject_or_rank_is_no_answer(tmp_path, question):
    assert (await ask(tmp_path, question)).is_error


async def test_the_measure_of_the_thing_asked_is_still_answered(tmp_path):
    reply = await ask(tmp_path, "What is the surface temperature of Venus?")
    assert not reply.is_error and "465" in reply.structured_content["answer"]
