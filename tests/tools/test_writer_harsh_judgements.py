"""A polite rewrite keeps a harsh word that is the sentence's point, said mildly: "Is it ridiculous to ask for a
refund?" asks whether it is unreasonable, and never becomes "Is it to ask for a refund?"."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


async def test_a_question_judging_an_ask_keeps_its_judgement_in_a_milder_word() -> None:
    text = await drafted("Make this more polite: Is it ridiculous to ask for a refund?", "rewrite")
    assert text == "Is it unreasonable to ask for a refund?"


async def test_a_harsh_word_before_a_noun_still_goes() -> None:
    text = await drafted("Make this polite: Fix this stupid printer now.", "rewrite")
    assert "stupid" not in text and "unwise" not in text and "printer" in text
