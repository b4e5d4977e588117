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


async def test_someone_who_is_off_is_not_an_event_cancelled() -> None:
    text = await drafted("Rewrite this formally: hey guys, Sam's off today cos he's ill", tool="rewrite")
    assert "cancelled" not in text and "because" in text
