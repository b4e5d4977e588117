"""Paraphrases of containers of a size asked for an amount the request works out ('Each pot takes 2 litres ... 360
pots. How many 50 litre bags of compost?' → 15), rounded up to whole ones, and plants potted one to a pot; near-misses
with a second question, a size in a unit the amount is not in, or things that share a container."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each pot takes 2 litres of compost and I have 360 pots. How many 50 litre bags of compost do I need?", 15),
        ("40 ewes, each given 0.5 kg of nuts a day for 30 days. How many 25 kg bags of nuts should I order?", 24),
        ("Every planter needs 35 litres of soil and there are 12 planters - how many 40 litre sacks?", 11),
        ("I need 720 litres of compost. How many 50 litre bags?", 15),
        ("I'm potting on 360 lavender plugs into 2 litre pots. How many 50 litre bags of compost will I need?", 15),
        ("Potting up 120 salvia plugs into 3 litre pots today, how many litres of compost?", 360),
        ("We potted 48 seedlings in 1.5 litre pots. How many 20 litre bags of compost did we use?", 4),
    ],
)
async def test_sized_containers_for_an_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Each pot takes 2 litres of compost and I have 360 pots. How many 50 litre bags do I need and what's the cost?",
        "Each pot takes 2 litres of compost and I have 360 pots. How many 50 kg bags of compost do I need?",
        "Each pot takes 2 litres of compost and I have some pots. How many 50 litre bags of compost do I need?",
        "Each pot takes 2 litres of compost. How many 50 litre bags of compost do I need?",
        "Each pot takes 2 litres of compost and I have 360 pots. How many 50 litre bags cost £6?",
        "I'm bagging 360 apples into 2 kg bags. How many kg of apples?",
        "The urn holds 12 litres of tea. How many 300 ml cups do I need?",
        "I'm potting on 360 lavender plugs into 2 litre pots. How many 50 kg bags of grit?",
        "I'm potting on 360 lavender plugs and 40 salvias into 2 litre pots. How many 50 litre bags of compost?",
    ],
)
async def test_sized_containers_without_the_amount_are_declined(request_text: str):
    await refused(request_text)
