"""A recipe told as a list of what goes in and what it makes, scaled to another yield, for the one ingredient the
question names; a figure beside the new yield, a price, a distance 'made' with a litre, or an ingredient the question
does not single out declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "For ajvar I use 10 kg roasted piperki, 1 kg eggplant and 0,5 litre sunflower oil, and that gives 14 "
            "jars. This year I want 63 jars. How many kg piperki I need?",
            45,
        ),
        (
            "For 8 people she uses 2 cups of rice, 1 cup of sugar and 0.5 gram of saffron. This year we will be 28 "
            "people. How many grams of saffron she needs?",
            1.75,
        ),
        ("2 cups flour and 3 cups water is enough for 4 masks. For 18 masks how many cups of flour?", 9),
        (
            "1 litre red wine, 150 g sugar and 2 cinnamon sticks makes 5 cups. We expect 35 cups. How much sugar in "
            "grams?",
            1050,
        ),
        # the unit the question asks, of the same measure
        ("10 kg piperki and 1 kg eggplant give 14 jars. I want 63 jars. How many grams of eggplant?", 4500),
    ],
)
async def test_the_named_ingredient_is_scaled(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "10 kg piperki and 1 kg eggplant give 14 jars. I want 63 jars. How much do I need?",
        "2 cups flour and 3 cups water is enough for 4 masks. For 18 masks how many grams of flour?",
        "For 8 people she uses 2 cups of rice and 1 cup of sugar. We will be 28 people and 5 more. How much rice?",
    ],
)
async def test_a_yield_or_an_ingredient_left_open_declines(request_text: str) -> None:
    await refused(request_text)
