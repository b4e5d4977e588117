"""A length said as a ceiling ('two sentences max', 'no more than two sentences', '2 sentences at most') is met
by fewer sentences: one fact makes one sentence, and nothing is padded to reach the count. With no facts given,
the ceiling is no content and the request is still declined.
"""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def body_sentences(text: str) -> int:
    """Sentences of the text without an email's subject, greeting and sign-off."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    body = [ln for ln in lines if not ln.startswith(("Subject:", "Hello", "Best regards", "[Your name]"))]
    return len([s for s in re.split(r"(?<=[.!?])\s+", " ".join(body)) if s.strip()])


@pytest.mark.parametrize(
    ("request_text", "fact", "most"),
    [
        (
            "Message to the book club, two sentences max. We meet on Tuesday at 7pm at the library, and please "
            "bring the book.",
            "Tuesday at 7pm at the library",
            2,
        ),
        (
            "Note for the cleaners, one sentence max: the back door lock is broken so use the side entrance.",
            "side entrance",
            1,
        ),
        ("Text to the team, 2 sentences at most. Drinks are on Friday at 6pm at the Crown.", "Friday at 6pm", 2),
        (
            "Write the neighbours a notice in no more than two sentences: the skip arrives on Monday and stays for "
            "a week.",
            "skip arrives on Monday",
            2,
        ),
    ],
)
async def test_a_ceiling_on_sentences_is_met_by_fewer(request_text: str, fact: str, most: int):
    text = await drafted(request_text)
    assert fact in text
    assert 1 <= body_sentences(text) <= most


async def test_a_ceiling_with_nothing_to_say_is_still_declined():
    assert "Write what?" in await declined_by_writer("Message to the parents, two sentences max.")
