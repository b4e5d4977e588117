"""Round 37: certificates, plaques, awards and pieces for someone, with "he"/"she" in the points, name the person,
never the ask; with no name to say, the pronoun stays; a certificate mentioned in passing is no ask to write one."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write the wording for a certificate for Ellie: she swam her first 400 m without stopping on 9 May.",
            "Ellie swam her first 400 m without stopping on 9 May.",
        ),
        (
            "Certificate wording for Ellie - she swam her first 400 m without stopping on 9 May.",
            "Ellie swam her first 400 m without stopping on 9 May.",
        ),
        ("Write the words for a plaque for Grandad: he planted the orchard in 1962.", "Grandad planted the orchard"),
        ("Write a certificate for Josh: he completed his first aid course on 3 March.", "Josh completed his first aid"),
        ("Write an award for our volunteer Priya: she ran the tuck shop for 10 years.", "Priya ran the tuck shop"),
        ("Write a bio for Jonas Berg: he is a carpenter who builds boats.", "Jonas Berg is a carpenter"),
        ("Write a paragraph for the newsletter: she joined the club in 2019 and runs the juniors.", "She joined the"),
    ],
)
async def test_he_or_she_is_the_person_named(request_text: str, said: str):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert said in text, text
    assert not any(ask in text for ask in ("A certificate for", "The words for", "An award for", "The newsletter"))


@pytest.mark.parametrize(
    "request_text",
    ["My certificate arrived today: it says I passed with merit.", "Certificate for Ellie."],
)
async def test_no_points_or_no_ask_is_declined(request_text: str):
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text
