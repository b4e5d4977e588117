"""A formal text made less formal or friendlier loses its ceremony and keeps every fact: "We hereby request your
attendance at a barbecue ..." -> "You're invited to a barbecue ..."; a text with no stiff phrase is still
declined as already casual, and a formal rewrite keeps the ceremony."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Rewrite this so it's less formal, it's for my mates: We hereby request your attendance at a barbecue "
            "at 14 Elm Road on Saturday from 4 pm.",
            "You're invited to a barbecue at 14 Elm Road on Saturday from 4 pm.",
        ),
        (
            "Make this more casual, it's for the football group chat: We request the pleasure of your company at "
            "Jo's 30th birthday drinks at the Crown on Friday at 8pm.",
            "You're invited to Jo's 30th birthday drinks at the Crown on Friday at 8pm.",
        ),
        (
            "Make this friendlier: Your attendance is kindly requested at the team lunch on Thursday at 1pm in the "
            "canteen.",
            "You're invited to the team lunch on Thursday at 1pm in the canteen.",
        ),
        (
            "Rewrite this casually: You are cordially invited to our housewarming at Flat 3, 22 Mill Lane, on "
            "Saturday 12 July.",
            "You're invited to our housewarming at Flat 3, 22 Mill Lane, on Saturday 12 July.",
        ),
        (
            "Make this less formal: Kindly return the signed form at your earliest convenience.",
            "Please return the signed form when you can.",
        ),
        (
            "Make this sound more relaxed: Should you have any questions, please do not hesitate to contact us.",
            "If you've got any questions, just give us a shout.",
        ),
        (
            "Make this less formal: I hereby confirm that the meeting is moved to Tuesday.",
            "I confirm that the meeting is moved to Tuesday.",
        ),
    ],
)
async def test_a_stiff_text_made_casual_loses_its_ceremony(request_text: str, expected: str) -> None:
    assert await drafted(request_text, tool="rewrite") == expected


async def test_a_text_with_nothing_stiff_is_still_declined_as_casual() -> None:
    assert "nothing to change" in await declined_by_writer(
        "Make this less formal: The barbecue is at 14 Elm Road on Saturday.", tool="rewrite"
    )


async def test_a_formal_rewrite_keeps_the_ceremony() -> None:
    result = await declined_by_writer(
        "Make this more formal: We hereby request your attendance at the AGM on 2 October.", tool="rewrite"
    )
    assert "nothing to change" in result


async def test_kindly_that_is_no_ask_keeps_its_word() -> None:
    text = await drafted(
        "Make this less formal: She kindly offered to host the dinner. Kindly bring a dish.", tool="rewrite"
    )
    assert text == "She kindly offered to host the dinner. Please bring a dish."
