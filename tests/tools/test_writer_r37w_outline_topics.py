"""Round 37: outlines asked by their kind alone ("a talk", "a newsletter article", "a podcast episode", "a lesson")
with "<topic> - <items>" after the colon are titled by the topic, with one section per item in the user's words."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "title", "items"),
    [
        (
            "Outline a blog post: 3 tips for saving money on groceries - meal planning, buying own-brand products, "
            "and always shopping with a list",
            "3 Tips for Saving Money on Groceries",
            ["Meal Planning", "Buying Own-brand Products", "Always Shopping with a List"],
        ),
        (
            "Outline a talk: caring for your lawn in summer - watering early, raising the mower blades, and leaving "
            "the clippings",
            "Caring for Your Lawn in Summer",
            ["Watering Early", "Raising the Mower Blades", "Leaving the Clippings"],
        ),
        (
            "Outline a newsletter article: our first year as a repair cafe - 212 items fixed, 40 volunteers, and a "
            "new venue",
            "Repair Cafe",
            ["212 Items Fixed", "40 Volunteers", "A New Venue"],
        ),
        (
            "Outline a short presentation: why we should switch to a four-day week – productivity, wellbeing, "
            "recruitment",
            "Four-day Week",
            ["Productivity", "Wellbeing", "Recruitment"],
        ),
        (
            "Can you outline a podcast episode: starting a vegetable patch - choosing a spot, preparing the soil, "
            "what to plant first",
            "Starting a Vegetable Patch",
            ["Choosing a Spot", "Preparing the Soil", "What to Plant First"],
        ),
        (
            "Outline a lesson: fractions for year 4 - halves and quarters, equivalent fractions, and fractions of "
            "amounts",
            "Fractions for Year 4",
            ["Halves and Quarters", "Equivalent Fractions", "Fractions of Amounts"],
        ),
    ],
)
async def test_the_topic_titles_the_outline_and_each_item_is_a_section(request_text: str, title: str, items: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert title in text.splitlines()[0], text
    assert all(item in text for item in items), text
