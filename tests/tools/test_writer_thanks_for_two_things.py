"""Thanks for two things ("for playing at the spring concert and for staying late to help stack the chairs") make two
sentences of thanks when more sentences are asked than the points were given in."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

from servers.tools.writer.sentence_splits import split_thanks

pytestmark = pytest.mark.anyio


async def test_a_three_sentence_thank_you_splits_its_two_reasons():
    outcome = await writer_outcome(
        "Write a 3-sentence thank-you to our accompanist Marion for playing at the spring concert and for staying "
        "late to help stack the chairs."
    )
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert "Thank you for playing at the spring concert. Thank you also for staying late" in text


def test_thanks_for_one_thing_stays_whole():
    text = "Thank you for the flowers and the card."
    assert split_thanks(text, 2) == [text]
