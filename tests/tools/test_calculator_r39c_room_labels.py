"""Paraphrases of a story whose guest is named by a room, bed or cabin number ('the man in room 14 had 3 nights'):
the number says where, never how many; and near-misses with a figure missing, a second question or a changed sum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Night porter here. The woman in room 22 had 2 nights at £95 a night and a £12 breakfast, total?", 202),
        ("Couple in room 5 had 4 nights at €110 a night and their minibar came to €23. What do they owe?", 463),
        ("The gent in room 301 stayed 3 nights at $140 a night. What does he owe?", 420),
        ("Guest in cabin 8 had 5 nights at £60 a night and the bar bill was £41.20. What's the total?", 341.2),
        ("The family in room 9 has 2 nights at £150 a night plus £30 for the cot. Bill please?", 330),
    ],
)
async def test_a_guest_named_by_their_room(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The woman in room 22 had 2 nights and a £12 breakfast. What's the total?",
        "The woman in room 22 had 2 nights at £95 a night and a £12 breakfast. What's the total and the VAT?",
        "The woman in room 22 had 2 nights at £95 a night. What is the total, and how much was the deposit?",
        "Room 22 had 2 guests for 3 nights at £95 a night per person per night, plus tax. What's the total?",
        "The woman in room 22 had 2 nights at £95 a night and some drinks. What does she owe?",
    ],
)
async def test_a_missing_figure_or_second_question_is_declined(request_text: str):
    await refused(request_text)
