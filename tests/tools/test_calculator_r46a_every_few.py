"""Paraphrases of an amount told for every few of a thing ('350g for every 3 pasties', '2 litres per 5 plants')
and priced by the unit, with the thing counted again; near-misses where the thing counted is another, or two such
amounts are told."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Cumin is $24 a kilo. The recipe takes 150 g for every 4 jars of spice mix. I'm making 60 jars. "
            "What does the cumin cost?",
            54,
        ),  # fmt: skip
        (
            "Fertiliser is £1.20 per litre and I use 2 litres for every 5 plants. I have 40 plants. "
            "How much will the fertiliser cost?",
            19.2,
        ),  # fmt: skip
        (
            "Wax costs $6.80 per kg. We use 2 kg for every 5 cloths, and this month we make 25 cloths. "
            "What will the wax cost?",
            68,
        ),  # fmt: skip
    ],
)
async def test_an_amount_for_every_few_is_shared_over_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Beef is £11.80 a kilo. I use 350g for every 3 pasties. What will the beef cost me for 90 pies?",
        "Beef is £11.80 a kilo. I use 350g for every 3 pasties and 200g for every 2 pies. "
        "I'm making 90 pasties. What will the beef cost me?",
        "Beef is £11.80 a kilo. I use 350g for every 3 pasties. What will the beef cost me?",
    ],
)
async def test_an_amount_for_every_few_is_declined_when_the_few_are_not_counted(request_text: str):
    await refused(request_text)
