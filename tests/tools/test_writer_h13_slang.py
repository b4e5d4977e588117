"""A formal or professional rewrite of chat slang: "party's off" is an event cancelled, "cos" is "because", "soz"
is an apology. What it can reword is reworded; slang it cannot is never handed back in a formal text."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "rewritten"),
    [
        (
            "Rewrite this so it sounds formal for the staff newsletter: hey guys, party's off cos the venue "
            "flooded, soz",
            "Hello everyone, the party has been cancelled because the venue flooded. Apologies.",
        ),
        (
            "Make this more professional: hi all, the quiz night's off cos the hall double-booked us, soz",
            "Hello all, the quiz night has been cancelled because the hall double-booked us. Apologies.",
        ),
        (
            "Rewrite this formally: guys, Friday's training session is off cos the pitch is waterlogged. soz",
            "Everyone, Friday's training session has been cancelled because the pitch is waterlogged. Apologies.",
        ),
        (
            "Make this professional: soz for the late reply, the report is attached",
            "Apologies for the late reply, the report is attached.",
        ),
        (
            "Can you make this formal: hey team, the summer barbecue's off cos of the weather forecast",
            "Hello team, the summer barbecue has been cancelled because of the weather forecast.",
        ),
    ],
)
async def test_chat_slang_is_reworded_in_a_formal_rewrite(request_text: str, rewritten: str) -> None:
    assert await drafted(request_text, tool="rewrite") == rewritten


@pytest.mark.parametrize(
    "request_text",
    [
        "Rewrite this so it sounds formal: hey guys, party's off, it sucks",
        "Make this professional: the gig's off cos the band's van is busted and the singer's gonna be kinda late, "
        "no biggie",
    ],
)
async def test_slang_it_cannot_reword_is_declined_not_handed_back(request_text: str) -> None:
    assert "formal" in await declined_by_writer(request_text, tool="rewrite") or "professional" in (
        await declined_by_writer(request_text, tool="rewrite")
    )


@pytest.mark.parametrize(
    ("request_text", "rewritten"),
    [
        (
            "Make this formal: hey guys, tbh the new rota starts on Monday, can we chat tmrw?",
            "Hello everyone, the new rota starts on Monday, can we chat tomorrow?",
        ),
        (
            "Rewrite this formally: ta for sorting the tickets, mate, legit saved the day",
            "Thank you for sorting the tickets, genuinely saved the day.",
        ),
        (
            "Make this professional: ngl the launch was mega stressful but we smashed it",
            "The launch was very stressful but we did very well.",
        ),
        (
            "Make this formal: lemme know if u can make it, no probs if not",
            "Let me know if you can make it, no problem if not.",
        ),
        (
            "Rewrite this so it sounds professional: hiya, quick one, the invoice is overdue innit",
            "Hello, the invoice is overdue.",
        ),
        (
            "Make this professional: hey, the fire drill is off today cos of the rain",
            "Hello, the fire drill has been cancelled today because of the rain.",
        ),
        (
            "Make this formal: hey all, meeting's off tmrw cos Jo's sick, soz",
            "Hello all, the meeting has been cancelled tomorrow because Jo's sick. Apologies.",
        ),
    ],
)
async def test_more_chat_words_are_reworded_formally(request_text: str, rewritten: str) -> None:
    assert await drafted(request_text, tool="rewrite") == rewritten


async def test_a_teaching_assistant_is_no_thank_you() -> None:
    text = await drafted("Make this formal: hey guys, our TA for Year 5 is off sick today, soz", tool="rewrite")
    assert "TA for Year 5" in text and "thank you" not in text.lower()


async def test_someone_who_is_off_is_not_an_event_cancelled() -> None:
    text = await drafted("Rewrite this formally: hey guys, Sam's off today cos he's ill", tool="rewrite")
    assert "cancelled" not in text and "because" in text
