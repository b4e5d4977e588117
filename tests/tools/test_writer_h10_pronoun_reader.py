"""A text for a reader named only by a pronoun ("a reminder for her that her physio is on Tuesday") speaks to them:
"her physio" is "your physio", "she has" is "you have". Someone else named in the content ("our cat") is left as
said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a one-line reminder for her that her physio is on Tuesday at 3pm.", "your physio is on Tuesday at 3pm"),
        (
            "Write a reminder for her that she has a dentist appointment on Friday at 9am.",
            "you have a dentist appointment on Friday at 9am",
        ),
        ("Write a reminder for him that his car is booked in on Monday at 8am.", "your car is booked in on Monday"),
        ("Draft a reminder for her that her library books are due back on 3 May.", "your library books are due back"),
    ],
)
async def test_a_pronoun_reader_is_spoken_to(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and not any(w in text.split() for w in ("her", "his", "she"))


async def test_someone_else_named_is_left_as_said() -> None:
    assert await drafted("Write a text for her saying our cat is at the vet.") == "Our cat is at the vet."
