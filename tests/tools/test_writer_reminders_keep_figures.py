"""Points turned into a reminder email keep every figure, a figure with its unit ("20p") included."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


async def test_a_friendly_reminder_email_keeps_the_late_fee() -> None:
    text = await drafted(
        "Turn this into a friendly reminder email to members: library books are due back Friday, late fee is 20p a "
        "day.",
        "rewrite",
    )
    assert text.startswith("Subject: Reminder")
    assert "Hi members," in text
    assert "Library books are due back Friday, late fee is 20p a day." in text
