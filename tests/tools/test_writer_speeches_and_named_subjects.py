"""A speech asked for with only when the occasion is and how the speaker feels ("Could you write my best man speech?
The wedding is on Saturday and I'm bricking it") is declined with a word on what to send, never written as the
asker's worry said back; a text to "the owner of Biscuit" says "Biscuit" where its first "he" stood."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you write my best man speech? The wedding is on Saturday and I'm bricking it",
        "Can you write a toast for my sister's wedding? It's next weekend and I'm so nervous.",
        "Write a speech for my dad's 60th. The party is on Saturday.",
    ],
)
async def test_a_speech_with_only_when_and_nerves_is_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text


async def test_a_speech_with_something_to_say_is_written() -> None:
    outcome = await writer_outcome(
        "Write a best man speech: I've known Tom since school, he once drove to Cardiff by mistake, and he is "
        "marrying Priya on Saturday."
    )
    assert outcome.status == "completed", outcome.text
    assert "Tom" in outcome.text and "Priya" in outcome.text


async def test_the_one_the_reader_is_known_by_is_named() -> None:
    outcome = await writer_outcome(
        "Text the owner of Biscuit: he's had his dental, three teeth came out, he's awake and eating, and he can be "
        "collected at 5pm."
    )
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("Biscuit's had his dental"), outcome.text
    assert "5pm" in outcome.text
