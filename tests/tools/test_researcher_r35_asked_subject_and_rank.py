"""Round 35: a measure asked of a thing, a superlative or "the most", and an order for a deed are answered only
by a passage that says them of the thing asked; otherwise the researcher says nothing matched."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


async def ask(tmp_path, request: str):
    return await call(create_server(tmp_path), "answer", request=request)


@pytest.mark.parametrize(
    "question",
    [
        "What is the surface temperature of the Sun?",
        "What's the surface temperature of the Sun?",
        "How hot is the surface of the Sun?",
        "How old is the Earth?",
        "How old is planet Earth?",
        "How old is the Earth please?",
        "What is the surface temperature of the Sun exactly?",
        "Which planet has the most moons?",
        "What planet has the most moons?",
        "What is the smallest muscle in the body?",
        "What is the smallest muscle in the human body?",
        "What is the smallest planet in the solar system?",
        "What is the smallest moon of Mars?",
        "What is the most venomous spider?",
        "Which spider is the most venomous?",
        "Who was the first person to orbit the Moon?",
        "Who was the first astronaut to orbit the Moon?",
    ],
)
async def test_a_passage_on_another_subject_or_rank_is_no_answer(tmp_path, question):
    reply = await ask(tmp_path, question)
    assert reply.is_error, reply.structured_content


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the surface temperature of Venus?", "465"),
        ("What is the temperature on Venus?", "465"),
        ("How old is the universe?", "13.8"),
        ("How far is the Moon from Earth?", "384,400"),
        ("How tall is the Burj Khalifa?", "828"),
        ("What is the speed of light?", "299,792,458"),
        ("How long is a day on Mars?", "24 hours"),
        ("Which is the smallest planet?", "Mercury"),
        ("What is the largest moon in the solar system?", "Ganymede"),
        ("What is the longest bone in the body?", "femur"),
        ("What is the smallest continent?", "Australia"),
        ("What is the smallest ocean?", "Arctic"),
        ("How many moons does Mars have?", "two"),
        ("Who was the first American to orbit the Earth?", "Glenn"),
        ("Who made the first spacewalk?", "Leonov"),
        ("Who was the first woman in space?", "Tereshkova"),
        ("how long is a marathon exactly", "42.195"),
        ("What is the capital city of Australia please?", "Canberra"),
    ],
)
async def test_the_thing_asked_is_still_answered(tmp_path, question, expected):
    reply = await ask(tmp_path, question)
    assert not reply.is_error, reply.content[0].text
    assert expected in reply.structured_content["answer"]
