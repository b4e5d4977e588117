"""A reader named with a capitalised word in -ing ("the Riverside Running Club", "the Leeds Reading Group") is
greeted by the whole name: the word is part of the name, not a verb starting what the text says, and a name the
audience's six words cut short runs on to its end."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "fact"),
    [
        (
            "Write a welcome message for new members of the Riverside Running Club: we run Tuesdays and Saturdays "
            "at 7am from the boathouse.",
            "Hello new members of the Riverside Running Club,",
            "from the boathouse",
        ),
        (
            "Write an email to the members of the Leeds Reading Group saying we meet on Friday.",
            "Hello members of the Leeds Reading Group,",
            "We meet on Friday",
        ),
        (
            "Write a note for all the new members of our Greenfield Rowing Club: sessions start at 6am.",
            "Greenfield Rowing Club,",
            "Sessions start at 6am",
        ),
        (
            "Draft a welcome email to new volunteers of the Northside Hiking Society: walks leave the library at 9am.",
            "Hello new volunteers of the Northside Hiking Society,",
            "Walks leave the library at 9am",
        ),
        (
            "Write a message to the parents of the Oakfield Swimming Squad saying training moves to Thursday.",
            "Hello parents of the Oakfield Swimming Squad,",
            "Training moves to Thursday",
        ),
        (
            "write an email to everyone at the Hillside Climbing Wall saying the new routes open on Monday",
            "Hillside Climbing Wall",
            "The new routes open on Monday",
        ),
    ],
)
async def test_a_name_with_a_word_in_ing_is_greeted_whole(request_text: str, greeting: str, fact: str) -> None:
    text = await drafted(request_text)
    assert greeting in text and fact in text, text


async def test_a_verb_in_ing_after_the_reader_still_starts_what_is_said() -> None:
    text = await drafted("Write an email to the team asking them to tidy the kitchen on Friday.")
    assert "Hello team," in text and "tidy the kitchen on Friday" in text


async def test_a_reader_with_nothing_said_is_still_declined() -> None:
    said = await declined_by_writer("Write a welcome message for new members of the Riverside Running Club.")
    assert "Riverside Running Club" in said or "Write what?" in said
