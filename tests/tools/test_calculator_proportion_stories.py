"""A proportion told as a story, in any nouns: so much of one thing goes with so much of another, and a third figure
of one asks the other. Near-misses: a question that names neither, or the given one, and anything that could scale
inversely (time, people) are not read by the story's shape."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("my mom's vetkoek recipe: 500 g flour makes 12 vetkoek. i need 30 for the res party. how much flour in grams",
         1250),
        ("Allora, from 100 litres of sheep milk we make 18 kg of cheese. This morning we milked 340 litres. How many "
         "kg of cheese, caro?", 61.2),
        ("We need 11.5 litres of milk for one kilo of cheese. Today 1'380 litres came down from the cows. How many "
         "kilos of cheese does that make?", 120),
        ("3 kg of apples make 2 litres of juice. I have 7 kg. How many litres of juice?", 14 / 3),
        ("A bag of 5 kg makes 40 loaves. I have 12 kg. How many loaves?", 96),
        ("Beef broth: 10 jin bones for 60 bowls. Tomorrow 210 bowls. How many jin bones?", 35),
    ],
)  # fmt: skip
async def test_a_proportion_told_as_a_story(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-3)


@pytest.mark.parametrize(
    "request_text",
    [
        "3 kg of apples make 2 litres of juice. I have 7 kg. How many kg?",
        "3 pickers fill 12 crates. I have 7 pickers. How many crates?",
        "3 kg of apples make 2 litres of juice. I have 7 kg left over after the market. How many litres of juice?",
    ],
)
async def test_not_a_plain_proportion_is_not_read_as_one(request_text: str):
    await refused(request_text)
