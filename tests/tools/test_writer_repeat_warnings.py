"""A warning about a repeat said as a done deal ("If you lose your keys again I'm charging double.") is made less
blunt by saying what may follow, keeping the consequence and every other fact; a friendly "I'll be happy to help" is
no threat."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_a_repeat_warning_keeps_its_consequence_softened():
    outcome = await writer_outcome(
        "Rewrite this so it sounds less blunt, it's for a regular customer: If you lose your keys again I'm charging "
        "double. Call-outs after midnight are £150."
    )
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert "If you lose your keys again, I may end up charging double." in text and "£150" in text


async def test_a_friendly_promise_after_again_is_not_a_threat():
    outcome = await writer_outcome("Rewrite this more politely: If you come again I'll be happy to help.")
    assert outcome.status != "completed", outcome.text
