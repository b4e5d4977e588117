"""Round 37: questions followed by where they came up, in many voices (the nurses on the ward, the GP, the staff
room, the pub quiz, the kids in the car, someone at work, the lads at football, a brother at Christmas, the bank
manager), are answered as the question alone; an aside that asks for more, or a second question, is not dropped."""

from __future__ import annotations

import pytest
from conftest import call, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

HEART = "How many chambers does the human heart have?"
INTEREST = "What is compound interest?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (f"{HEART} The nurses were on about it on the ward.", "four chambers"),
        (f"{HEART} My GP mentioned it last week.", "four chambers"),
        (f"{HEART} We were talking about it in the staff room.", "four chambers"),
        (f"{HEART} It came up at the pub quiz.", "four chambers"),
        (f"{HEART} The kids were arguing about it in the car.", "four chambers"),
        (f"{HEART} Someone at work brought it up.", "four chambers"),
        (f"{HEART} My mum keeps going on about it.", "four chambers"),
        (f"{HEART} The lads at football were debating it.", "four chambers"),
        (f"{INTEREST} My brother was banging on about it at Christmas.", "interest already earned"),
        (f"{INTEREST} The bank manager mentioned it.", "interest already earned"),
    ],
)
async def test_where_the_question_came_up_is_an_aside(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "request_text",
    [
        f"{HEART} My GP mentioned it, so explain how blood flows through them too.",
        f"{INTEREST} The bank manager mentioned it. How much would I earn on 1000 pounds?",
    ],
)
async def test_an_aside_that_asks_for_more_is_not_dropped(tmp_path, request_text):
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error
