"""An outline asked by its kind alone, with the topic and its sections after the colon ("Outline a blog post: 3 tips
for saving money on groceries - meal planning, buying own-brand products, and always shopping with a list"), is
titled by the topic and has a section for each item; a kind with no topic still asks what to outline."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


async def test_the_topic_before_the_dash_titles_the_outline_and_the_items_are_its_sections():
    outcome = await writer_outcome(
        "Outline a blog post: 3 tips for saving money on groceries - meal planning, buying own-brand products, and "
        "always shopping with a list"
    )
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert "# 3 Tips for Saving Money on Groceries" in text
    assert all(item in text for item in ("Meal Planning", "Own-brand", "Shopping with a List")), text


async def test_a_kind_with_no_topic_still_asks_what_to_outline():
    outcome = await writer_outcome("Outline a blog post: 3 tips for saving money")
    assert outcome.status != "completed", outcome.text
