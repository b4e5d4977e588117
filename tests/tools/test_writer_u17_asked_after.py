"""What a request asks after its text that the writer cannot do offline is declined, never written into the text:
a translation ("..., and translate it into French too" was "Thank you for the beach clean on Sunday, and translate
it into French too."), and a share of a value handed on ("his half of that total" over "$71.30" was "Your half of
that total. $71.30 in total.")."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a thank-you email to the volunteers for the beach clean on Sunday, and translate it into French too.",
        "Draft a note to the cleaners that the office is closed on Monday, then translate it into Polish.",
        "write a welcome message for new members: we meet on Tuesdays. Also translate this into Spanish",
        "Write a sign saying the shop is closed today and translate that to Welsh.",
    ],
)
async def test_a_translation_asked_after_the_text_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "Translation needs a model" in said


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a text to my mate telling him his half of that total:\n\n$71.30 in total",
        "Write an email to the group saying each person's share of it:\n\n£96.00",
        "Write a message to Jo with a third of that amount:\n\n£45.00",
        "Text my sister her half of this:\n\n£120.00",
    ],
)
async def test_a_share_of_a_value_handed_on_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "share of" in said


async def test_the_value_itself_is_still_written() -> None:
    assert "The total is £52.00." in await drafted("Write an email to Sam with the total:\n\n£52.00 in total")
    assert "90" in await drafted("write a text to Priya saying that's her share of the rent:\n\n90")
