"""An answer in another currency than the question asks for answers another question (everyday_12: '¥21,500 a
night for 3 nights. How much in dollars?' was answered ¥64,500): declined, saying the rate is needed. Asked in
the currency it is worked out in, or with the rate given, it is answered.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Hotel is ¥21,500 a night for 3 nights. How much in dollars?",
        "4 ferry tickets at €38 each, how much is that in dollars?",
        "Lunch was £18.50 and dinner £42. What's the total in euros?",
        "3 museum tickets at $24 each, how much is that in euros?",
        "The tour costs ¥9,000 per person for 2 people. Total in euros please",
    ],
)
async def test_money_asked_in_another_currency_without_a_rate_is_declined(request_text: str):
    assert "exchange rate" in await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Hotel is ¥21,500 a night for 3 nights. How much in yen?", 64500),
        ("changing £450 into euros, rate is 1.17. how many euros?", 526.5),
        ("3 museum tickets at $24 each, how much is that in dollars?", 72),
        ("I bought 3 shirts at £12 each. How much did I spend in pounds?", 36),
    ],
)
async def test_money_asked_in_its_own_currency_or_with_a_rate_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
