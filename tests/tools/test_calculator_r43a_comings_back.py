"""Someone coming back ('the hirer came back having used 62 litres') is when the story happens, not money back:
the fuel bill is read; near-misses with money back, an unpriced second fuel or a second question are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "The couple came back from their week with 48 litres of diesel used. "
            "Fuel is £1.40 a litre. What's the fuel charge?",
            67.20,
        ),
        (
            "Customer came back this morning having burned 30 litres of diesel; we charge £1.35 per litre. "
            "How much do I charge for diesel?",
            40.50,
        ),
        ("When the family came back, they'd used 75 litres. Diesel's £1.35 a litre. Fuel bill?", 101.25),
        ("Van came back having done 212 miles. We charge 45p a mile. What's the mileage charge?", 95.40),
    ],
)
async def test_a_bill_told_after_someone_came_back(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Hirers came back having used 62 litres of diesel. "
        "We charge £1.35 a litre and they get the £200 deposit back. What do I bill them?",
        "Hirer came back having used 62 litres of diesel and 2 litres of oil. "
        "We charge £1.35 a litre for diesel. What do I bill them?",
        "Hirer came back having used 62 litres of diesel. "
        "We charge £1.35 a litre. What do I bill them for fuel, and how much is that per day?",
        "Hirer came back having used 62 litres of diesel. What do I bill them for fuel?",
        "She came back with £20 change after paying for 3 coffees. How much were they each?",
    ],
)
async def test_money_back_or_a_missing_price_is_declined(request_text: str):
    await refused(request_text)
