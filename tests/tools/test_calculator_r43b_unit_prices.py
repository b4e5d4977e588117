"""A price of one thing below a pound or a dollar is shown to three significant figures, not rounded to a cent that
loses a twentieth of it; a rounding the user asks for is kept."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        ("If I buy cups at £42 for a box of 500, whats the price per cup", "£0.084"),
        ("a box of 500 cups costs £42, price per cup?", "£0.084"),
        ("£3 for 40 pens, what does each pen cost", "£0.075"),
        ("24 cans for $9.99, how much per can", "$0.416"),
    ],
)
async def test_a_price_of_one_below_the_unit_keeps_its_figures(request_text: str, shown: str):
    assert (await solved(request_text))["answer"].startswith(shown)


@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        ("£3.60 for 12 eggs, price per egg", "£0.30"),
        ("£3 for 40 pens, what does each pen cost to the nearest penny", "£0.08"),
        ("A 750 ml bottle is £4.99. What's that per 100 ml, to the nearest penny?", "£0.67"),
    ],
)
async def test_whole_cents_and_an_asked_rounding_stay_to_the_cent(request_text: str, shown: str):
    assert (await solved(request_text))["answer"].startswith(shown)
