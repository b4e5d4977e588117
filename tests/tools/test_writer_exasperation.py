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


@pytest.mark.parametrize(
    ("rude", "kept"),
    [
        ("I have told you three times that the invoice is overdue. Pay it now.", "the invoice is overdue."),
        ("We already told you twice that the office is closed on Mondays. Stop calling.", "the office is closed"),
        ("I've reminded you before that the deadline is Friday. Send the report.", "the deadline is friday."),
        ("We have warned you repeatedly that the rent is late. Pay it by the 5th.", "the rent is late."),
        ("I told you that the van is booked. Return the keys.", "the van is booked."),
    ],
)
def test_a_reminder_of_a_fact_keeps_the_fact(rude: str, kept: str):
    polite = soften(rude, _quiet).lower()
    assert polite.startswith(kept) and "told you" not in polite and "warned you" not in polite, polite


@pytest.mark.parametrize(
    ("rude", "gone"),
    [
        ("I have told you three times. Pay it now.", "told you"),
        ("I have told you twice that you are useless. Fix the sink.", "useless"),
    ],
)
def test_a_reminder_with_no_fact_or_an_insult_goes_whole(rude: str, gone: str):
    polite = soften(rude, _quiet).lower()
    assert gone not in polite and "could you please" in polite, polite
