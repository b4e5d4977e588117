"""An amount asked in another currency 'at today's rate' (or 'with the current exchange rate') is declined: offline
there is no rate of today, and the amount in the currency given answers another question. Money asked 'in pounds'
is sterling, so euros are no answer to it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I sell 20 jars at 8 euro each. How much is that in pounds at today's rate?",
        "I sell 20 jars at €8 each. How much in dollars with the current exchange rate?",
        "400 kg of honey at 5 euro per kg, what is that in rupees at todays rate",
        "The hotel is ¥21,500 a night for 3 nights. What's that in pounds?",
    ],
)
async def test_an_exchange_at_a_rate_not_given_is_declined(request_text: str):
    reason = await refused(request_text)
    assert "rate" in reason


@pytest.mark.anyio
async def test_money_asked_in_its_own_currency_is_answered():
    answer = await solved("I sell 20 jars at £8 each. How much is that in pounds?")
    assert answer["result"] == pytest.approx(160)
