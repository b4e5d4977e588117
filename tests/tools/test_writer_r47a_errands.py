"""A text handed over to be posted ("Post this on my Facebook page for me: ...") is an errand the writer cannot run:
it says so and how to ask for a text, rather than writing a garbled one. A message asked to be sent ("Please send
an SMS to all 37 farmers telling them ...") asks for the message, and it is written."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Post this on my Facebook page for me: happy birthday to my brother Tom!",
        "Can you put this up on the club's Instagram: training moves to Thursday.",
    ],
)
async def test_a_delivery_is_declined_with_how_to_ask_for_the_text(request_text: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status in ("rejected", "input-required"), outcome.text
    assert "can't send or post" in (outcome.error or outcome.text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an SMS to all 37 farmers telling them the payout will be on Friday at 2 pm.",
        "Please send an SMS to all 37 farmers telling them the payout will be on Friday at 2 pm.",
    ],
)
async def test_a_message_asked_to_be_written_or_sent_is_written(request_text: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert "Friday at 2 pm" in outcome.text
