"""A text sent to someone, said as "Email <reader> a <kind of text>" ("Email my client Dana a friendly nudge.
Invoice INV-2041 ..."): the reader is greeted by name and the kind of text says what it is for (a nudge is a
reminder); the kind's words never join the greeting ("Hi Dana a friendly nudge,")."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Email my client Dana a friendly nudge. Invoice INV-2041 for $1,850 was due on March 3rd.",
            "Subject: Reminder\n\nHi Dana,\n\nInvoice INV-2041 for $1,850 was due on March 3rd.\n\nBest,\n[Your name]",
        ),
        (
            "Email the team a quick reminder: timesheets are due by 5pm Friday.",
            "Subject: Reminder\n\nHello team,\n\nTimesheets are due by 5pm Friday.\n\nBest regards,\n[Your name]",
        ),
        (
            "Message my landlord Mr Hughes a polite note. The kitchen tap is still leaking.",
            "Subject: The kitchen tap is still leaking\n\nHello Mr Hughes,\n\nThe kitchen tap is still leaking.\n\n"
            "Best regards,\n[Your name]",
        ),
        (
            "Email Ravi a thank-you for covering my shift on Sunday.",
            "Subject: Thank you\n\nHello Ravi,\n\nThank you for covering my shift on Sunday.\n\nBest regards,\n"
            "[Your name]",
        ),
    ],
)
async def test_the_reader_and_the_kind_of_text_are_read_apart(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


async def test_an_email_to_someone_asking_is_unchanged() -> None:
    text = await drafted("Email my landlord asking him to fix the boiler by Friday.")
    assert "Could you please fix the boiler by Friday?" in text
