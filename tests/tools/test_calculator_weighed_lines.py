"""Goods by weight or length told the short way a market writes them ('18 kg smoked bream at 14,90 €/kg', '2 lb
cheese @ £6.50/lb', 'at €14.90 a kilo'); a price for another kind of unit is no such line."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Labas. Sold today: 18 kg smoked bream at 14,90 €/kg and 6 kg eel at 42,00 €/kg. Total?", 520.2),
        ("18 kg bream at €14.90/kg and 6 kg eel at €42.00/kg. Total?", 520.2),
        ("I sold 18 kg of bream at €14.90 a kilo. Total?", 268.2),
        ("2 lb cheese @ £6.50/lb and 3 lb ham @ £8/lb. Total?", 37),
    ],
)
async def test_weighed_lines_are_totalled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
async def test_a_price_for_another_unit_is_no_line():
    await refused("18 kg bream at €4 a bag. Total?")
