"""A polite or professional rewrite takes out the writer's irritation ("and it's annoying") and says the writer's
own slip ("we messed up the date") in working words; what it cannot say plainly it declines."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "Rewrite this so it sounds more polite: Send me the report today, you're late again and it's annoying.",
            "send me the report today",
            "annoying",
        ),
        (
            "Make this more polite: Pay the gas bill by Friday, this is getting really frustrating.",
            "pay the gas bill by friday",
            "frustrating",
        ),
        (
            "Reword this politely please: Tidy the staff room before you leave, it is so irritating.",
            "tidy the staff room before you leave",
            "irritating",
        ),
        (
            "Can you make this nicer: Return the ladder by Sunday. You borrowed it a month ago and it's getting old.",
            "return the ladder by sunday",
            "getting old",
        ),
        (
            "Soften this: Move your van off the drive. It's maddening.",
            "move your van off the drive",
            "maddening",
        ),
    ],
)
async def test_a_polite_rewrite_drops_the_irritation_and_keeps_the_request(request_text, kept, gone):
    text = await drafted(request_text, tool="rewrite")
    assert kept in text.lower() and gone not in text.lower(), text


async def test_irritation_about_a_thing_with_a_fact_after_it_stays_a_fact():
    text = await drafted("Make this polite: It's annoying that the lift is broken, call the engineer.", tool="rewrite")
    assert "lift is broken" in text and "Could you please call the engineer?" in text


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "Make this sound more professional for a client: hey, we messed up the delivery date, your order will "
            "now come on the 15th, sorry about that",
            "15th",
            "messed up",
        ),
        (
            "Please rephrase professionally: hi, I screwed up the invoice for Harlow Ltd, the right total is £840, "
            "sorry about that",
            "£840",
            "screwed",
        ),
        (
            "Make this more professional: we've mucked up your booking, the table is now at 8pm on Saturday",
            "8pm on Saturday",
            "mucked",
        ),
        (
            "Make this sound professional: yeah so I messed up, the slides will be ready on Monday instead",
            "ready on Monday",
            "messed",
        ),
        (
            "Make this formal: We messed up the rota for Anna and Tomasz, sorry about this, shifts are fixed now.",
            "Anna and Tomasz",
            "sorry about",
        ),
    ],
)
async def test_a_professional_rewrite_says_the_writers_own_slip_in_working_words(request_text, kept, gone):
    text = await drafted(request_text, tool="rewrite")
    assert kept in text and gone not in text.lower(), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this more professional: the order got messed up in the warehouse, it ships on Tuesday",
        "Make this sound professional: the boiler is knackered and the landlord's repair sucks",
        "Make this polite:",
    ],
)
async def test_what_cannot_be_said_plainly_is_declined(request_text):
    assert await declined_by_writer(request_text, tool="rewrite")
