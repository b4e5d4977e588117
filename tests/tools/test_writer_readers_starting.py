"""Readers named by where they start ("new nurses starting on Ward 7", "new staff joining the Leeds office") keep
that place: it is who they are, and a welcome that drops it leaves out what the request named. A request with
no points to say is still declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Compose a short welcome note for new nurses starting on Ward 7: handover is at 7:30am, lockers are on "
            "level 2, and Priya handles rota questions.",
            ["Ward 7", "Priya"],
        ),
        (
            "Write a welcome note for new staff joining the Leeds office: the kitchen is on floor 3, and Sam runs IT.",
            ["Leeds office", "Sam runs IT"],
        ),
        (
            "Write a welcome email to new volunteers starting at Oak Farm: shifts start at 9am and boots are provided.",
            ["Oak Farm", "9am"],
        ),
        (
            "Write a short welcome message for the apprentices beginning at Harlow Motors: the canteen opens at 8 "
            "and overalls are in the stores.",
            ["Harlow Motors", "canteen"],
        ),
    ],
)
async def test_readers_named_by_where_they_start_keep_the_place(request_text, kept):
    text = await drafted(request_text)
    assert all(k in text for k in kept), text


async def test_a_verb_in_ing_after_the_readers_still_ends_them():
    text = await drafted("Write an email to the team starting the new project tomorrow: the kickoff is at 10.")
    assert "Hello team," in text and "kickoff is at 10" in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a welcome note for new nurses starting on Ward 7",
        "Write a welcome email for new staff joining the Leeds office about the office",
        "Write a welcome email for new staff about the new office",
    ],
)
async def test_a_welcome_with_nothing_to_say_is_still_declined(request_text):
    assert await declined_by_writer(request_text)
