"""A message to one reader named by their role ("the manager of the Ezulwini hotel") that says "her candles are
ready" says "your candles" to her; "not more than 60 words" is a limit, never the text's title; a call-out is a post."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_the_readers_own_things_are_said_to_her() -> None:
    outcome = await writer_outcome(
        "Please send a WhatsApp to the manager of the Ezulwini hotel that her 30 elephant candles are ready on Friday."
    )
    assert outcome.status == "completed", outcome.text
    assert "Your 30 elephant candles are ready on Friday" in outcome.text
    assert "Her 30" not in outcome.text


async def test_a_message_to_a_group_keeps_their() -> None:
    outcome = await writer_outcome("Send a message to the parents that their kids need boots")
    assert "Your kids need boots" in outcome.text


async def test_a_limit_is_no_title() -> None:
    outcome = await writer_outcome(
        "Write me a small announcement for the church on Sunday, not more than 60 words:\n\nI have a new place in the "
        "market, row 4 near the fish, fresh every Tuesday and Friday. Ask for Rose-Merline"
    )
    assert outcome.status == "completed", outcome.text
    assert "60 Words" not in outcome.text and "60 words" not in outcome.text
    assert "Ask for Rose-Merline" in outcome.text


async def test_a_call_out_is_a_post() -> None:
    outcome = await writer_outcome(
        "Write a call-out for our group Instagram, max 50 words. We need volunteers to paste costumes, every night 7 "
        "to 11 at the shack on Market Street, food and drinks provided, Boxing Day rush coming quick."
    )
    assert outcome.status == "completed", outcome.text
    assert "Market Street" in outcome.text and "Boxing Day" in outcome.text
