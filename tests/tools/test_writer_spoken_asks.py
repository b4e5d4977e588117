"""Asks written as they are said: a verb with its g dropped ('tellin him the amount', 'askin for the deposit
back') reads as the verb it is; a text sized as 'one line' or 'two-line', or a 'thank you text' with the space, is
that kind of text. The material after the colon keeps the user's own spelling."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        ("Write a text to my manager Lou tellin him the amount: $680.00", ["Lou", "$680.00"]),
        ("write a message to Keisha lettin her know the costumes are ready: 14 costumes, pick up Friday", ["Keisha"]),
        ("Write a one line thank you text to Sam at Blackbird Studio for last night's session", ["Sam", "session"]),
        ("write a one line thank you text to Marcia for the jerk chicken order", ["Marcia", "jerk chicken"]),
        ("Write a two-line note to Priya that the meeting moved to 3pm", ["Priya", "3pm"]),
    ],
)
async def test_the_ask_is_read_as_it_is_meant(request_text: str, facts: list[str]):
    text = await drafted(request_text)
    assert all(fact in text for fact in facts), text


@pytest.mark.anyio
async def test_the_material_keeps_its_own_spelling():
    text = await drafted("Write a text to my brother tellin him the news: the boat is comin along fine")
    assert "comin along" in text and "coming" not in text


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "fact"),
    [
        ("Write the elevator buyer a short note saying the total is 1,316,660.00", "1,316,660.00"),
        ("Send my neighbour Greta a quick text that the parcel is in the shed", "parcel is in the shed"),
        ("draft the hall committee a short email saying the booking is confirmed for 12 May", "12 May"),
    ],
)
async def test_the_reader_before_the_text_is_whom_it_is_sent_to(request_text: str, fact: str):
    text = await drafted(request_text)
    assert fact in text, text
