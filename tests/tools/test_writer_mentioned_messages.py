"""A reply to a message the request only mentions ("I forwarded you the email", "the email below") asks for the
message instead of answering a text nobody has read; a message handed over after a colon is answered."""

from __future__ import annotations

import pytest
from conftest import call, drafted, tool_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "I forwarded you the email from the wool mill about their new prices. Write a reply that accepts them.",
        "Write a reply to the email below accepting the new prices.",
        "I've attached the letter from the council. Please write a reply saying we agree.",
    ],
)
async def test_a_reply_to_a_message_only_mentioned_asks_for_it(request_text: str) -> None:
    result = await call(tool_server("writer"), "draft", request=request_text)
    assert result.is_error
    assert "Reply to what?" in result.content[0].text


async def test_a_reply_to_a_message_handed_over_is_written() -> None:
    text = await drafted(
        "Write a reply accepting the new prices in the email I forwarded: Dear Rannva, from May our prices rise 5%."
    )
    assert "5%" in text
