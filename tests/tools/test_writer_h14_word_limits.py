"""A word limit the named product and its points cannot fit ("a product blurb under 10 words for the Orbit 2 desk
lamp: dimmable, 3 colour modes, wireless charging base") is declined saying how many words the points take, never
by a text that drops the product's name to fit; a text that fits is written with the name."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Draft a product blurb under 10 words for the Orbit 2 desk lamp: dimmable, 3 colour modes, wireless "
        "charging base",
        "Write a blurb under 15 words for the Nimbus 5 umbrella: wind-proof to 60 mph, folds to 25 cm, 2-year "
        "guarantee, comes in six colours",
        "Draft a product description under 15 words for the Trailmate 2 backpack: 28 litres, waterproof zips, laptop "
        "sleeve, lifetime warranty, made from recycled bottles",
        "Write a blurb under 9 words for the Pico 2 speaker: waterproof, 20-hour battery, clips to a bag",
    ],
)
async def test_a_limit_the_named_product_cannot_fit_says_how_many_words_it_takes(request_text: str) -> None:
    reason = await declined_by_writer(request_text)
    assert "words, more than" in reason and "leaves out" not in reason


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Write a blurb under 12 words for the Zest 4 blender: 1.5 litres, six speeds.",
            "The Zest 4 blender: 1.5 litres, six speeds.",
        ),
        (
            "Write a blurb under 8 words for our soap: handmade, vegan, lavender scented.",
            "Our soap: handmade, vegan, lavender scented.",
        ),
    ],
)
async def test_a_limit_that_fits_keeps_the_name(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected
