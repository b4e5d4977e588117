"""Round table: sale prices with a further cut, in shop voices and currencies; near-misses that decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Everything 50% off, and members get a further 10% off the sale price. A book that's normally £16, what "
            "does a member pay?",
            7.2,
        ),
        ("Half-price sale today, everything 50% off. A mug that's normally £9, what does a customer pay?", 4.5),
        (
            "Big sale, everything 25% off, and loyalty card holders get a further 10% off. A lamp that's normally $40, "
            "what does a loyalty customer pay?",
            27,
        ),
        (
            "Everything 50% off, and loyalty card holders get a further 10% off the sale price. A book is normally "
            "£16. What does a loyalty customer pay?",
            7.2,
        ),
    ],
)
async def test_sale_prices(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Half-price sale this weekend, everything 25% off, and members get a further 10% off. A book is normally £16. "
        "What does a member pay?",
        "Half-price sale today, and members get a further 10% off. A mug that's normally £9, what does a member pay?",
    ],
)
async def test_sale_prices_that_say_two_cuts_of_one_decline(request_text: str):
    await refused(request_text)
