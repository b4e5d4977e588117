"""Round 35: offers priced per unit one by one or one named by its amount, with or without a currency; a container
of many, an amount no offer has, a question naming no offer, and offers of different things decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        (
            "Supermarket question: 6 yoghurts for 2.70 or 4 yoghurts for 1.96. What's the price per pot of each?",
            ["0.45 per pot", "0.49 per pot"],
        ),
        (
            "8 cans of cola for 4.00 or 12 cans for 5.40 - what's the price per can of each?",
            ["0.50 per can", "0.45 per can"],
        ),
        (
            "Coffee question. 750g bag for 11.25 or a 500g bag for 8.00 - what's the price per 100g of each?",
            ["1.50 per 100 grams", "1.60 per 100 grams"],
        ),
        ("2kg of rice for 3.60 or 5kg for 8.50. What's the price per kg of each?", ["1.80 per kilogram", "1.70"]),
        ("Juice: 1.5 litres for $2.40 or 2 litres for $3.00. What's the price per litre of both?", ["$1.60", "$1.50"]),
        ("4 bottles for €6 or 6 bottles for €8.40. What's the price per bottle of each?", ["€1.50", "€1.40"]),
    ],
)
async def test_each_offer_is_priced(request_text: str, shown: list[str]):
    answer = (await solved(request_text))["answer"]
    assert all(part in answer for part in shown), answer


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre of the 100L bag?", 0.1099),
        ("Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre of the 50L bag?", 0.1298),
        ("Rice is $3.60 for 2kg or $8.50 for 5kg. What's the price per kg of the 5kg bag?", 1.7),
        ("Paint: £18 for 2.5 litres or £30 for 5 litres. What is the cost per litre of the 2.5 litre tin?", 7.2),
    ],
)
async def test_the_offer_named_is_priced(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "6 eggs for 2.00 or 12 eggs for 3.50. What's the price per box of each?",
        "Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre?",
        "Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre of the 75L bag?",
        "6 yoghurts for 2.70 or 4 yoghurts for 1.96. What's the price per pot?",
        "6 yoghurts for 2.70 or 4 pears for 1.96. What's the price per pot of each?",
        "6 yoghurts for 2.70 or 4 yoghurts at 1.96 each. Which is cheaper?",
        "6 yoghurts for £2.70 or 4 yoghurts at £1.96 each. Which is cheaper?",
        "6 yoghurts for £2.70 or 4 yoghurts at £1.96 per yoghurt. Which is cheaper?",
    ],
)
async def test_an_offer_not_settled_declines(request_text: str):
    await refused(request_text)
