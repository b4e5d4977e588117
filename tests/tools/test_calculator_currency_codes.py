"""Amounts in a currency named by its code or word with no symbol here ('A 12-pack of cans is 9.60 AUD. How much
is that per can?' -> AUD 0.80; it was declined): the amount keeps its currency through the working. Mixing two
currencies, or converting between them, still declines (no exchange rates offline).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "unit"),
    [
        ("A 12-pack of cans is 9.60 AUD. How much is that per can?", 0.8, "AUD"),
        ("A 6-pack of beer costs 15 CHF. How much per bottle?", 2.5, "CHF"),
        ("A box of 8 pens costs 36 yuan. How much is each pen?", 4.5, "CNY"),
        ("A 24-pack of water is 12.48 NZD. How much per bottle?", 0.52, "NZD"),
        ("how much is 20 CAD plus 5 CAD", 25, "CAD"),
        ("Dinner was 250 SEK plus a 10% tip, split between 3 people. How much each?", 91.67, "SEK"),
    ],
)
async def test_an_amount_in_a_currency_code_keeps_its_currency(request_text: str, result: float, unit: str):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=0.005)
    assert answer["unit"] == unit


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["how much is 20 AUD plus 5 USD", "Convert 100 AUD to USD"])
async def test_two_currencies_are_not_combined(request_text: str):
    await refused(request_text)
