"""A customer named by a title and surname, and pounds of money said before what was bought: 'Customer Mrs Lee gets
12% off her 480 pound order. work out how much she saves' -> £57.60; a saving with no amount, another currency or
two customers' orders declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Customer Mrs Lee gets 12% off her 480 pound order. work out how much she saves", 57.6),
        ("Mr Patel gets 15% off his 200 pound bill. How much does he save?", 30),
        ("Tenant Ms Rowe pays a 60 pound fine plus a 25 pound fee. What's the total?", 85),
        ("Dr Khan's invoice is £1,200 plus 20% VAT. What's the total?", 1440),
        ("She gets 12% off her £480 order. how much does she save", 57.6),
        ("work out how much he saves with 20% off a £90 jacket", 18),
    ],
)
async def test_a_named_customer_and_pounds_before_an_order(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("a 50 pound bag of flour, how many kg", 22.6796185),
        ("Mrs Lee weighs 150 pound, in kg?", 68.0388555),
    ],
)
async def test_pounds_before_anything_but_money_stay_a_weight(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Mrs Lee gets 12% off. How much does she save?",
        "Mrs Lee gets 12% off her 480 pound order. how much does she save in dollars?",
        "Mrs Lee gets a discount on her 480 pound order. how much does she save",
        "Mrs Lee gets 12% off her 480 pound order and Mr Lee gets 10% off his 300 pound order. How much does she save?",
    ],
)
async def test_a_saving_of_no_size_another_currency_or_two_orders_declines(request_text: str):
    await refused(request_text)
