"""A text asked for with "no greeting" (or "without a greeting or sign-off") set off by commas, wherever the size and
manner are said ("In exactly two sentences, no greeting, tell the team that ..."): the text has no email frame, and
the words asking for that are never read as the ask or its content. A "greeting" that is part of what the text says
("no greeting party") is content."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "In exactly two sentences, no greeting, tell the team that the office wifi will be down on Saturday "
            "morning for maintenance and that the VPN still works.",
            "The office wifi will be down on Saturday morning for maintenance. The VPN still works.",
        ),
        ("Tell the cleaners, no greeting, that the back door code is now 4417.", "The back door code is now 4417."),
        (
            "Write an email to the team, without a greeting or sign-off, saying the car park is closed on Friday.",
            "The car park is closed on Friday.",
        ),
        (
            "No greeting, tell the volunteers that the food bank opens at 9 on Saturday.",
            "The food bank opens at 9 on Saturday.",
        ),
        (
            "Write a message to the parents, with no greeting or sign-off, saying swimming is cancelled on Monday.",
            "Swimming is cancelled on Monday.",
        ),
    ],
)
async def test_no_greeting_asks_for_the_text_without_its_frame(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


async def test_without_no_greeting_the_email_keeps_its_frame() -> None:
    text = await drafted("Tell the team that the office wifi will be down on Saturday morning.")
    assert text.startswith("Subject: The office wifi will be down on Saturday morning\n\nHello team,")
