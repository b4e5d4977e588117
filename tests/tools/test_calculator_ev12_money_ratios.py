"""An amount given for every so much money, scaled to an amount ('Gift Aid adds 25p for every £1 donated. We had
£3,480 of eligible donations. How much Gift Aid do we claim?'). The three amounts are never added up as a bill; a
total with the amount itself, a cap or two currencies declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Gift Aid adds 25p for every £1 donated. We had £3,480 of eligible donations. How much Gift Aid do we "
         "claim?", 870),
        ("my employer matches £1 for every £2 I put in; I put in £300. How much do they add?", 150),
        ("£2 for every £10, how much for £50?", 10),
        ("the scheme pays $3 for every $100 spent and I spent $2,400. how much do I get back?", 72),
    ],
)  # fmt: skip
async def test_money_for_every_amount_scales_the_amount(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == result
    assert answer["problem"] == "money for every amount"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Gift Aid adds 25p for every £1 donated. We had £3,480 of eligible donations. How much do we have in total?",
        "my employer matches £1 for every £2 I put in; I put in £300. How much is that altogether?",
        "Gift Aid adds 25p for every £1 donated up to £500. We had £3,480 of donations. How much Gift Aid?",
        "Gift Aid adds 25p for every €1 donated. We had £3,480 of donations. How much Gift Aid?",
        "25p for every £1, how much for £3,480 and £20?",
    ],
)
async def test_money_for_money_is_never_added_up(request_text: str):
    assert "I can't work out" in await refused(request_text)
