"""A reader whose name begins like a purpose verb ("to Sharon saying ...", "to Mark declining ...") is greeted by
name, never read as "share" or "mark"; the verb in lower case ("to thank the team", "to mark the opening") is still
the purpose."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "said"),
    [
        ("Write an email to Sharon saying the meeting moves to 3pm.", "Hello Sharon,", "The meeting moves to 3pm."),
        ("Write an email to Mark saying the meeting moves to 3pm.", "Hello Mark,", "The meeting moves to 3pm."),
        (
            "Write an email to Mark declining his retirement party on Friday: I'm away that week.",
            "Hello Mark,",
            "Unfortunately, I won't be able to come to your retirement party on Friday.",
        ),
        ("Write a message to Asker saying the van is ready.", "Hello Asker,", "The van is ready."),
        ("Write a note to Thanh saying the parcel arrived.", "Hello Thanh,", "The parcel arrived."),
        ("Write a note to Sharma saying the van is ready.", "Hello Sharma,", "The van is ready."),
    ],
)
async def test_a_name_that_begins_like_a_verb_is_greeted(request_text: str, greeting: str, said: str) -> None:
    text = await drafted(request_text)
    assert greeting in text and said in text, text
    assert "share" not in text.lower()


async def test_the_verb_in_lower_case_is_still_the_purpose() -> None:
    text = await drafted("Write an email to thank the team for the launch.")
    assert "Hello team," in text and "Thank you for the launch." in text


async def test_a_purpose_with_nothing_said_is_still_declined() -> None:
    assert "topic" in await declined_by_writer("Write a post to mark the opening of our new shop on Friday.")
