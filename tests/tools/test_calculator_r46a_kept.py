"""Paraphrases of what is kept asked in everyday words (the change from what was handed over, the profit or what
one clears once costs are taken off, what a purchase will 'run' or 'set back'), and near-misses with no cost to
take off, a profit asked as a share, two lots at two prices, a missing price or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Buy fish 8 kg at 140 baht per kg. I pay 2,000 baht. How much change?", 880),
        ("Three bags of rice at ₱1,150 a bag. I pay with ₱5,000. How much change do I get?", 1550),
        ("18 litres of paint at $7.50 a litre, I handed over $150. Change?", 15),
        ("how much change from ₩50,000 if i buy 6 kimbap at ₩3,500 each", 29000),
        ("Sold 14 kayak tours at A$45 each today, the fuel for the boat cost A$60. How much profit did we make?", 570),
        ("Gate takings were $2,850 and the band cost $1,120. What'd we clear?", 1730),
        ("The band cost $1,120 and we sold 300 tickets at $9.50. How much did we clear?", 1730),
        ("I sell pad thai 60 baht a plate. Today 87 plates. Cost for one plate 34 baht. How much profit today?", 2262),
        ("Momo sells at Rs 180 a plate, we did 64 plates today. One plate costs us Rs 95 to make. Profit?", 5440),
        ("Momo sells at $1.80 a plate, we did 64 plates today. Cost for one plate is $0.95. How much profit?", 54.4),
        ("Rope is $2.40 a metre and I need 35 metres. What will that set me back?", 84),
        ("Live crawfish is $3.49 a pound. Takin' 8 sacks at 35 pounds a sack. What's that gonna run me?", 977.2),
    ],
)
async def test_what_is_kept_or_spent_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I sold 87 plates at 60 baht a plate. How much profit?",
        "I sold 87 plates at 60 baht a plate. Profit?",
        "I sold 87 plates at 60 baht a plate and gas was 500 baht. What's my profit as a percentage?",
        "I sold one plate for 60 baht and 86 plates for 55 baht. How much profit?",
        "I give 2,000 baht for the chicken. How much change?",
        "Buy fish 8 kg at 140 baht per kg, and rice 5 kg. I pay 2,000 baht. How much change?",
        "Bowls go for 50 baht. One bowl costs me 22 baht to make. I sold 140 bowls. How much profit?",
        "Buy fish 8 kg at 140 baht per kg. I pay 2,000 baht. How much change, and what is the fish per gram?",
        "Rope is $2.40 a metre and I need 35 metres. What will that set me back, and how long is it in feet?",
        "We sold 300 tickets at $9.50 and 120 at $6. The band cost $1,120. How much did we clear?",
        "We sold 40 quiz teams at £10 each. The venue charged £900 and prizes cost £60. What profit did we make?",
        "Takings £1,280, stock £745, and I still owe £200 on the van loan. How much profit?",
    ],
)
async def test_what_is_kept_is_declined_when_the_costs_do_not_settle_it(request_text: str):
    await refused(request_text)
