"""Round table: counted things priced in the sentence after, in several voices and currencies; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I bought 5 tickets. They were £12 each with 10% off. What did I spend?", 54),
        ("Bought 12 tents. They were £89.99 each with 30% off. What did we actually spend?", 755.916),
        ("12 tents. They were £89.99 each with 30% off. What did we spend?", 755.916),
        ("We got 6 chairs. They were $45 each with 20% off. How much did we pay?", 216),
        ("Ordered 10 jackets, they were €60 each with 15% off. What's the total?", 510),
        ("Bought 3 rugs. They were ¥8,000 each with 10% off. How much?", 21600),
    ],
)
async def test_counted_then_priced(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Bought 12 tents. They were £89.99 each with some off. What did we spend?",
        "Bought 12 tents. They were £89.99 with 30% off. What did we spend?",
        "Bought tents for 12 scouts. They were £89.99 each with 30% off. What did we spend?",
        "The sofa was £680 with a 15% discount. What did I pay?",
    ],
)
async def test_counted_then_priced_near_misses_decline(request_text: str):
    await refused(request_text)
