"""An ask put politely ("Would you mind writing ...?", "Reckon you could write ...?", "Any chance you could draft
...?") is the same ask as "Write ...": the text is written from the facts given (they were declined as an
instruction the writer could not tell from its content)."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Would you mind writing a short note to my neighbour? The builders will be here from 8am Monday to Friday "
            "next week, and I'm sorry about the noise.",
            "The builders will be here from 8am Monday to Friday next week",
        ),
        (
            "Reckon you could write a quick text to the footy parents? Training's moved to Wednesday arvo, 4:30 at the "
            "oval, bring water bottles.",
            "Training's moved to Wednesday arvo, 4:30 at the oval",
        ),
        (
            "Any chance you could draft an email to the team saying the office is shut on Monday?",
            "The office is shut on Monday.",
        ),
        (
            "Do you mind writing a message to the choir? Rehearsal moves to the church hall on Thursday.",
            "Rehearsal moves to the church hall on Thursday.",
        ),
        (
            "I was wondering if you could write a notice for residents: the lift is out of order until Friday.",
            "The lift is out of order until Friday.",
        ),
        (
            "Is there any chance you could write an email to Sam saying the van is booked?",
            "The van is booked.",
        ),
    ],
)
async def test_a_polite_ask_is_written_as_a_plain_one(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Would you mind writing a short note to my neighbour?",
        "Reckon you could write something about the history of tea?",
    ],
)
async def test_a_polite_ask_with_nothing_to_say_is_still_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "Write what?" in said or "is a topic, not content" in said or "what the" in said
