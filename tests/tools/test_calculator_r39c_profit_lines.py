"""Paraphrases of what a sale made over its costs with several priced lines ('148 tickets at £12 and 36 concessions
at £8; hall hire was £420') or a question after a named cost ('what did I clear after the pitch fee?'); near-misses
with a share asked, a percentage, a cost not told, a seller's charge or a loss."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Quiz night: 40 teams at £10 and 25 raffle tickets at £2. The venue charged £90 and prizes cost £60. "
         "What did we clear?", 300),
        ("Car boot: sold 30 books at £1 and 12 toys at £2.50. The pitch cost £10. How much did I clear after "
         "the pitch?", 50),
        ("Panto takings: 210 adult tickets at £9 and 95 child tickets at £5. Costumes cost £380 and the hall hire "
         "was £250. What profit did we make?", 1735),
        ("Sold 40 candles at the craft fair at £6 a candle. The stall cost me £35. What did I clear after the stall "
         "fee?", 205),
        ("Bake sale: 60 brownies at $1.50 each and 24 pies at $8 each. Ingredients cost $95. What's our profit?",
         187),
    ],
)  # fmt: skip
async def test_lines_sold_less_the_costs(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Quiz night: 40 teams at £10 and 25 raffle tickets at £2. The venue charged £90 and prizes cost £60. "
        "What did we clear each?",
        "Quiz night: 40 teams at £10 and 25 raffle tickets at £2. The venue charged £90 and prizes cost £60. "
        "What profit as a percentage?",
        "Quiz night: 40 teams at £10 and 25 raffle tickets at £2. We charged £90 and prizes cost £60. "
        "What did we clear?",
        "Quiz night: 40 teams at £10 and 25 raffle tickets at £2. The venue charged £900 and prizes cost £60. "
        "What profit did we make?",
        "Sold 86 jars at £7.50 a jar. The pitch cost me £25. What did I clear after the van?",
        "Sold 86 jars at £7.50 a kilo. The pitch cost me £25. What did I clear?",
        "Panto takings: 210 adult tickets at £9 and 95 child tickets at £5, less 10% VAT. Costumes cost £380. "
        "What profit did we make?",
        "Panto takings: 210 adult tickets at £9 and 95 child tickets at £5. Costumes cost £380 and the hall was "
        "£250. What profit did we make?",
    ],
)
async def test_a_share_a_percentage_or_an_untold_cost_is_declined(request_text: str):
    await refused(request_text)
