"""A polite rewrite drops blame and exasperation ("I'm sick of asking you"), keeping the request itself."""

from __future__ import annotations

import pytest

from servers.tools.writer.politeness import soften


def _quiet(_before: str, _after: str) -> None:
    return None


@pytest.mark.parametrize(
    ("rude", "kept", "gone"),
    [
        ("Fix the printer today. I'm sick of asking you.", "fix the printer today", "sick of"),
        ("This is the third time I've told you. Send the report.", "send the report", "third time"),
        ("For the third time, send me the invoice.", "send me the invoice", "third time"),
        ("I have told you twice already. Close the ticket.", "close the ticket", "told you"),
        ("I'm so tired of chasing this. Book the room.", "book the room", "tired of"),
    ],
)
def test_exasperation_goes_and_the_request_stays(rude: str, kept: str, gone: str):
    polite = soften(rude, _quiet)
    assert kept in polite.lower() and gone not in polite.lower()
