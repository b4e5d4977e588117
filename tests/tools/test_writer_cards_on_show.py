"""A card put on show, not sent ("a menu card", "a place card", "a recipe card"), greets no one: "Menu card for
Sunday: ..." lists what was given under no "Dear Sunday,". A birthday card still greets its reader, and what the
sender says of her is said to her ("we love her lots" -> "we love you lots")."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_a_menu_card_greets_no_one_and_keeps_every_dish():
    outcome = await writer_outcome(
        "Menu card for Sunday: roast chicken, the vegetarian option is a leek and cheese pie, and apple crumble with "
        "custard for pudding."
    )
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert "leek and cheese pie" in text and "apple crumble" in text
    assert "Dear" not in text and "Announcement" not in text


async def test_a_birthday_card_says_her_to_her_as_you():
    outcome = await writer_outcome("Write a birthday card for my nan: she turns 90 on Friday and we love her lots.")
    text = outcome.text or ""
    assert "we love you lots" in text and "your lots" not in text, text
