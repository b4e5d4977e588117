"""Containers for an amount told in a story, in any order and with any nouns ('Leaf sacks take 28 kg each. Today's
leaf is 1,950 kg. How many sacks, rounded up to full sacks?'): enough of them, rounded up. A word that could
change the count, a third figure, or containers to fill (rounded down) leave the request declined."""

from __future__ import annotations

import pytest

from servers.tools.calculator.container_asks import as_needed
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Leaf sacks take 28 kg each. Today's leaf is 1,950 kg. How many sacks, rounded up to full sacks?", 70),
        ("Chili oil jar holds 1.8 jin. Need to store 25 jin chili oil. How many jars, round up to whole jars?", 14),
        ("Packing tulip bulbs: 12,740 bulbs, one crate takes 350. How many crates do I need, rounded up?", 37),
        ("Honey buckets hold up to 12 kg. This season's honey is 130 kg. How many buckets do I need?", 11),
    ],
)
async def test_enough_containers_are_counted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "Sacks take 28 kg each. I have 1,950 kg, and 3 sacks are already full. How many more sacks do I need?",
        "Sacks take 28 kg each. I have 1,950 kg. How many sacks can I fill?",
        "Sacks take 28 kg each. I have 1,950 kg except the damaged leaf. How many sacks do I need?",
    ],
)
def test_a_count_the_story_changes_is_not_restated(request_text: str):
    assert as_needed(request_text, tokenize(request_text)) is None


async def test_containers_of_another_unit_are_declined():
    await refused("Jars hold 2 kg each. I have 25 litres of oil. How many jars do I need?")
