"""A friendlier notice speaks to its readers ("Members are reminded that ..." -> "Just a reminder that ..."), a
politer text says what went wrong of the thing, not of "nobody", a statement after the reader's comma is what the
email says, and a corrected text never repeats the slips it fixed."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


async def test_a_friendlier_notice_speaks_to_its_readers() -> None:
    text = await drafted(
        "Make this sound friendlier: Members are reminded that the clubhouse closes at 10pm sharp.", "rewrite"
    )
    assert text == "Just a reminder that the clubhouse closes at 10pm sharp."


async def test_blame_on_nobody_is_said_of_the_thing() -> None:
    text = await drafted(
        "Rewrite this so it's less blunt for the depot manager: The lift in bay 3 is broken again. Nobody fixed it "
        "properly last time. We can't do MOT prep until it's sorted.",
        "rewrite",
    )
    assert "It wasn't fixed properly last time." in text and "Nobody" not in text and "bay 3" in text


async def test_what_follows_the_readers_comma_is_what_the_email_says() -> None:
    text = await drafted(
        "Please write for me email to landlord, the heater in my flat is broken since 3 days, I need repair before "
        "the weekend."
    )
    assert "Hello landlord," in text and "The heater in my flat is broken since 3 days" in text


async def test_a_corrected_text_never_repeats_its_slips() -> None:
    text = await drafted(
        "Please correct my English in this: Yesterday I have went to the bank and they was closed.", "rewrite"
    )
    assert text.startswith("Yesterday I went to the bank and they were closed.")
    assert "have went" not in text and "they was" not in text
