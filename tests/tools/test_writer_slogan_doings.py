"""A slogan under a business's name says what it does without the verb that only introduces it ("We do sourdough
..." is said as "Crumb & Co: sourdough ..."), which keeps a line of the user's facts short enough to be a slogan.
A line still too long, or a business with nothing of its own, is declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        (
            "Need a slogan for my bakery, Crumb & Co. We do sourdough and everything is baked fresh every morning "
            "in Leeds.",
            "Crumb & Co: sourdough and everything is baked fresh every morning in Leeds.",
        ),
        (
            "Slogan for my tutoring business, Bright Sparks. We do GCSE maths and English.",
            "Bright Sparks: GCSE maths and English.",
        ),
        (
            "I need a slogan for my cleaning firm, Sparkle Squad. We offer end of tenancy cleans across Sheffield.",
            "Sparkle Squad: end of tenancy cleans across Sheffield.",
        ),
        (
            "Slogan for my van, Wheel Good Bikes. We provide mobile bike repairs at your door in Bath.",
            "Wheel Good Bikes: mobile bike repairs at your door in Bath.",
        ),
    ],
)
async def test_what_a_business_does_is_said_under_its_name(request_text, line):
    assert line in await drafted(request_text)


async def test_a_doing_verb_with_meaning_of_its_own_stays():
    text = await drafted("Can you write a slogan for our cafe, Bean There. We roast our own coffee in Hull.")
    assert "Bean There: we roast our own coffee in Hull." in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Need a slogan for my bakery, Crumb & Co. We do sourdough, rye, spelt loaves, cinnamon buns and "
        "everything is baked fresh every single morning in Leeds.",
        "I need a slogan for my business",
    ],
)
async def test_a_slogan_too_long_or_with_nothing_to_say_is_declined(request_text):
    assert await declined_by_writer(request_text)
