"""A reply asked to a text the request only points at ("that nasty review we got on Tripadvisor"), with nothing after
the ask but how the asker feels about it ("Really got my goat, that one."), is declined asking for the text or the
points: written up, the reply would say only the asker's aside. Near-misses: a reply whose ask says what it says
keeps being written, and a text that is no reply is not read so."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you write a firm but fair reply to that awful review we got on Google last month? Really got my goat, "
        "that one.",
        "Write a calm reply to the complaint email from yesterday. It made me so angry.",
        "Please write a reply to the review we got. They were so rude to us!",
        "can u do a polite response to that comment on our page. honestly it did my head in",
    ],
)
async def test_a_reply_to_a_text_not_given_with_only_a_reaction_is_declined(request_text: str):
    said = await declined_by_writer(request_text)
    assert "reply" in said or "text" in said


async def test_a_reply_whose_ask_says_what_to_say_is_still_written():
    text = await drafted("Write a reply to the review saying thank you, we hope to see them again. It made my day!")
    assert "Thank you, we hope to see them again." in text


async def test_a_note_that_is_no_reply_is_not_read_as_one():
    text = await drafted("Write a note to the team. The heating is fixed and the office reopens on Monday.")
    assert "Monday" in text
