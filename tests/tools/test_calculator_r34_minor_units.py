"""Round 34: answers asked in pence or cents, in many wordings; hundredths of another currency, or both units asked,
decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "unit"),
    [
        ("A bag of 10 apples costs £2.50. Price per apple in pence?", 25, "pence"),
        ("Cheese is £8 per kg. How much is 350g in pence?", 280, "pence"),
        ("A chocolate bar costs 70p. How much do 4 bars cost in pence?", 280, "pence"),
        ("A coffee is £2.80. How much for 12 coffees in pence?", 3360, "pence"),
        ("A pack of 12 pens costs £4.20. What does one pen cost in pence?", 35, "pence"),
        ("A 500ml bottle costs £1.25. Price per litre in pence?", 250, "pence per liter"),
        ("I'm paid £9.50 an hour. I worked 20 hours. Pay in pence?", 19000, "pence"),
        ("A box of 6 donuts costs £4.50. How much per donut in pence?", 75, "pence"),
        ("A pack of 24 cans costs £9. What's the price per can in p?", 37.5, "pence"),
        ("A pack of 24 cans costs $9. What's the price per can in cents?", 37.5, "cents"),
        ("A pack of 24 cans costs €9. What's the price per can in euro cents?", 37.5, "cents"),
        ("A 4-pack of yoghurts costs £1.80. Cost of one yoghurt in pence?", 45, "pence"),
    ],
)
async def test_hundredths_asked(request_text: str, result: float, unit: str):
    reply = await solved(request_text)
    assert reply["result"] == pytest.approx(result)
    assert reply["unit"] == unit


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A pack of 24 cans costs £9. What's the price per can in cents?",
        "A pack of 24 cans costs $9. What's the price per can in pence?",
        "A pack of 24 cans costs €9. What's the price per can in pence?",
        "A pack of 24 cans costs $9. What's the price per can in euro cents?",
        "A bag of 10 apples costs £2.50. Price per apple in pounds and in pence?",
    ],
)
async def test_hundredths_not_of_the_answer_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A bag of 10 apples costs £2.50. Price per apple?", 0.25),
        ("A pack of 24 cans costs $9. What's the price per can?", 0.375),
        ("I'm paid £9.50 an hour. I worked 20 hours. What's my pay?", 190),
    ],
)
async def test_no_hundredths_asked_stays_in_the_main_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
