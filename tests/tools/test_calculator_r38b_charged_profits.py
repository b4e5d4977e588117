"""Round table: profits with a premium, fee or commission on one side, in several voices; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I paid £45 plus 25% buyer's premium and sold it for £180. What's my profit?", 123.75),
        ("Bought a chair for £60 plus a 20% buyer's premium and sold it for £150. How much profit?", 78),
        ("Bought it for $200 and sold it for $350 less 10% commission. What's my profit?", 115),
        ("I sold the bike for €400 minus a 5% platform fee. I'd bought it for €250. Profit?", 130),
    ],
)
async def test_profit_with_a_charge(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "I paid £45 plus 25% buyer's premium and sold it for £50. What's my profit?",
        "I paid £45 plus 25% buyer's premium and sold it for £180 less 10% commission. What's my profit?",
        "I paid £45 plus 25% and sold it for £180. What's my profit?",
        "I bought 3 at £45 each plus 25% premium and sold them for £180. Profit?",
    ],
)
async def test_profit_with_a_charge_near_misses_decline(request_text: str):
    await refused(request_text)
