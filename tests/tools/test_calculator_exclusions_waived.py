"""Money a purchase story names but does not charge (excluded, waived, free, paid by another) is left out, a charge
on a limit is added only as the order's figures decide, and a price on two counts is paid on both: never an amount
added as a line it is not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Hotel £110 a night for 3 nights, excluding the £15 tourist tax. Total for the rooms?", 330),
        ("6 beers at £5 each, and the £8 cocktail was on the house. What did I pay?", 30),
        ("3 pizzas at £7.50 each; delivery £3.50 unless the order is over £25. Total?", 26),
        ("4 nights at £95 a night, breakfast £10 per person per night for 2 people. Total?", 460),
    ],
)
async def test_money_set_aside_is_not_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_a_limit_met_says_the_charge_does_not_apply():
    reply = await solved("3 pizzas at £8 each; delivery £2 unless you spend over £20. Total?")
    assert reply["result"] == 24
    assert any("does not apply" in step for step in reply["steps"])


@pytest.mark.anyio
async def test_what_was_set_aside_asked_declines():
    await refused("Hotel £110 a night for 3 nights, excluding the £15 tourist tax. How much is the tourist tax?")
