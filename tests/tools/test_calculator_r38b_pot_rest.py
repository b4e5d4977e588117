"""Round table: the rest of a pot, a budget or takings after named percentages, in several voices; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pot is £240. Winners get 60%, runners up 25%, and the rest goes to charity. What goes to charity?", 36),
        ("The pot is £240. Winners get 60% and runners up 25%. How much is left for charity?", 36),
        ("Of a £500 budget, 40% goes on food and 35% on drink. How much is left?", 125),
        ("I spend 30% of my £2,000 wage on rent and 15% on bills. How much is left?", 1100),
        (
            "The raffle raised $1,200. 50% goes to the school, 30% to the church, and the rest to the scouts. How much "
            "do the scouts get?",
            240,
        ),
        ("Of our €3,000 budget, 45% is venue and 30% catering. How much is left for everything else?", 750),
        ("The pot is £240. Winners get 60% of it and runners up 25% of it. How much is left?", 36),
    ],
)
async def test_the_rest_after_named_percentages(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The pot is £240. Winners get 60% and runners up 55%. How much is left?",
        "The pot is £240. Winners get 60%, runners up 25%, and the rest is split between 3 charities. How much does "
        "each get?",
        "Of 200 pupils, 30% walk and 40% of the girls cycle. How many are left?",
        "The pot is £240. Winners get 60% and the runners up get £50. How much is left?",
        "The pot is £240. Winners get 60% and runners up 25%. How much is left for the winners?",
    ],
)
async def test_the_rest_near_misses_decline(request_text: str):
    await refused(request_text)
