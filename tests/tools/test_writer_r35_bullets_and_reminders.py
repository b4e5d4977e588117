"""Round 35: a count said before "bullet" sizes the list whatever noun follows ("a 3-bullet handover note"), and
points turned into a reminder, notice or email keep every figure ("20p a day"), written in the form asked."""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted, writer_outcome

pytestmark = pytest.mark.anyio

_BULLET = re.compile(r"^\s*[-*•]\s+\S", re.M)


@pytest.mark.parametrize(
    ("request_text", "count", "facts"),
    [
        (
            "Write a 3-bullet handover note for the night shift: bed 4 needs obs every 2 hours, pharmacy delivery "
            "due at 14:00, bed 9 was discharged",
            3,
            ("Bed 4", "Pharmacy", "Bed 9"),
        ),
        (
            "Write a 3 bullet handover note for the day team: ward 2 is short of gowns, Mr Patel goes home at noon, "
            "the fridge alarm is fixed",
            3,
            ("Ward 2", "Mr Patel", "fridge alarm"),
        ),
        (
            "Give me a 4-bullet summary for the team: the server moves on Monday, logins change, the VPN is retired, "
            "and support hours stay the same",
            4,
            ("Monday", "VPN", "support hours"),
        ),
        ("Write a 2-bullet update for parents: the trip is on 3 May; bring a packed lunch", 2, ("3 May", "lunch")),
        (
            "Write a 3-bullet note for the bar staff: kegs arrive at 9am, the till float is £150, and Sam is off sick",
            3,
            ("9am", "£150", "Sam"),
        ),
        (
            "Draft a five-bullet briefing for the stewards: gates open at 6pm, lanyards are at the desk, radios are "
            "on channel 4, the first aid tent is by gate B, and the last bus leaves at 11pm",
            5,
            ("6pm", "channel 4", "gate B", "11pm"),
        ),
        (
            "Write a handover note for the morning team in 3 bullet points: ward 2 is short of gowns, Mr Patel goes "
            "home at noon, the fridge alarm is fixed",
            3,
            ("Ward 2", "Mr Patel", "fridge alarm"),
        ),
    ],
)
async def test_a_counted_bullet_note_is_that_many_bullets(
    request_text: str, count: int, facts: tuple[str, ...]
) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert len(_BULLET.findall(outcome.text)) == count, outcome.text
    assert all(fact.lower() in outcome.text.lower() for fact in facts), outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a 3-bullet handover note for the night shift: bed 4 needs obs every 2 hours, bed 9 was discharged",
        "Write a 4-bullet update for the team: the server moves on Monday, logins change",
    ],
)
async def test_a_bullet_count_the_points_do_not_make_is_declined(request_text: str) -> None:
    assert "bullet points" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Turn this into a friendly reminder email to members: library books are due back Friday, late fee is "
            "20p a day.",
            ("Friday", "20p a day"),
        ),
        (
            "Turn this into a friendly reminder to parents: swimming kits are needed on Tuesday, the pool fee is £2 "
            "a week.",
            ("Tuesday", "£2 a week"),
        ),
        (
            "Make this into a friendly email to the team: timesheets are due by 5pm Thursday, overtime is paid at "
            "1.5x.",
            ("5pm Thursday", "1.5x"),
        ),
        (
            "Turn this into a polite reminder email to tenants: rent is due on the 1st, late payments cost £25.",
            ("the 1st", "£25"),
        ),
        (
            "Turn this into a friendly notice for residents: bins go out on Wednesday, the garden waste fee is 40p "
            "per bag.",
            ("Wednesday", "40p per bag"),
        ),
        (
            "Turn this into a friendly reminder email to staff: the car park closes on 12 March, permits are 10 GBP "
            "a month.",
            ("12 March", "10 GBP a month"),
        ),
        (
            "Turn this into a friendly reminder for volunteers: the shop opens at 9am Saturday, the float is 50p "
            "coins only.",
            ("9am Saturday", "50p coins"),
        ),
    ],
)
async def test_points_turned_into_a_reminder_keep_every_figure(request_text: str, facts: tuple[str, ...]) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert all(fact in outcome.text for fact in facts), outcome.text


async def test_a_reminder_email_asked_is_written_as_an_email() -> None:
    text = await drafted(
        "Turn this into a friendly reminder email to members: library books are due back Friday, late fee is 20p a day."
    )
    assert text.startswith("Subject:") and "Hi members," in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Turn this into a friendly reminder email to members:",
        "Make this friendly: library books are due back Friday, late fee is 20p a day.",
    ],
)
async def test_a_reminder_with_nothing_to_write_or_change_is_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status != "completed", outcome.text
