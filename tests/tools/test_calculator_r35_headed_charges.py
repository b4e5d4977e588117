"""Round 35: people at a price per head with a percentage charge on top, in any order; a charge included, a share,
the charge itself, a discount or another number declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("120 guests, the caterer charges $68 per head plus an 18% service charge. What's the total?", 9628.8),
        ("120 guests, $68 per head plus an 18% service charge. What's the total?", 9628.8),
        ("The caterer charges $68 per head plus an 18% service charge for 120 guests. What's the total?", 9628.8),
        (
            "We have 120 guests and the caterer charges $68 per head plus an 18% service charge. What's the total?",
            9628.8,
        ),
        ("45 people, the restaurant charges £32 a head plus a 12.5% service charge. How much altogether?", 1620),
        ("80 guests at €55 per person with 20% VAT. What's the total cost?", 5280),
        ("30 people, $25 each plus a 15% tip. What's the total?", 862.5),
    ],
)
async def test_the_charge_is_added_for_everyone(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "120 guests, the caterer charges $68 per head including an 18% service charge. What's the total?",
        "120 guests, the caterer charges $68 per head plus an 18% service charge. How much is it per head?",
        "120 guests, the caterer charges $68 per head plus an 18% service charge. What's the service charge?",
        "120 guests, the caterer charges $68 per head plus an 18% service charge and a 10% deposit. What's the total?",
        "120 guests, the caterer charges $68 per head less an 18% discount. What's the total?",
    ],
)
async def test_another_sum_declines(request_text: str):
    await refused(request_text)
