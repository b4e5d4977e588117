"""Paraphrases of stock moved in and out, and of in-and-out balances, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A warehouse had 2,340 pallets, shipped out 875 on Monday and received 412 on Tuesday. How many pallets now?",
         1877),
        ("The shop had 120 loaves, sold 45 in the morning and 38 in the afternoon, then baked 24 more. How many "
         "loaves are left?", 61),
        ("We started with 500 boxes. 130 were delivered and we sent 210 to stores. How many boxes do we have now?",
         420),
        ("The depot had 80 tyres. It used 25, received 40, then used 30. How many tyres remain?", 65),
        ("There were 1,200 bottles in stock. The bar sold 340 and bought 150. What's the closing stock?", 1010),
        ("Fluid balance for bed 4: intake 250 mL, 180 mL, 320 mL and 400 mL; output 950 mL. What's the net balance?",
         200),
        ("Intake 1.2 litres and 500 mL, output 900 mL. What's the net fluid balance?", 0.8),
        ("Output 600 mL and 450 mL, intake 800 mL. What is the net balance?", -250),
        ("The shop opened with 150 units, sold 62 and took delivery of 40. How many units are in stock?", 128),
        ("Warehouse stock was 5,000 boxes; 1,250 were dispatched and 800 arrived. What's the stock now?", 4550),
        ("The tank had 500 litres and we used 120 litres and added 200 litres. How much is in the tank now?", 580),
        ("I had 24 eggs, used 6 for a cake and bought 12 more. How many eggs now?", 30),
    ],
)  # fmt: skip
async def test_stock_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A warehouse had 2,340 pallets, shipped out 875 on Monday and 412 on Tuesday were returned. How many pallets "
        "now?",
        "A warehouse had 2,340 pallets, shipped out 875 on Monday and 412 on Tuesday. How many pallets were shipped?",
        "A warehouse had 2,340 pallets, shipped out 875 a day. How many pallets now?",
        "A warehouse had 2,340 pallets and 875 crates, received 412 on Tuesday. How many pallets now?",
        "A warehouse had 240 pallets, shipped out 875 on Monday. How many pallets now?",
        "A warehouse had 2,340 pallets, 875 on Monday and 412 on Tuesday. How many pallets now?",
        "Intake 250 mL, 180 mL, 320 mL and 400 mL. What's the net balance?",
        "Fluid balance: intake 250 mL and output 950 mL, 3 times a day. What's the net balance?",
        "A warehouse had 2,340 pallets, shipped out 875 on Monday and received 412 on Tuesday. Will it run out next "
        "week?",
    ],
)
async def test_stock_near_misses_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
