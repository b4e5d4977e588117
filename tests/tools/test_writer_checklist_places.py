"""A checklist's place is where something happens: "in English" names a language, never a place."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


async def test_a_language_is_no_place_on_a_checklist() -> None:
    text = await drafted(
        "Does this email cover everything on the checklist? Checklist - date, time, place. Email - Hi all, the quiz "
        "night is on Friday at 7pm, and the questions are in English."
    )
    assert text == "No: it gives the date (Friday) and the time (7pm), but it does not mention the place."
