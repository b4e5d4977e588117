"""Money a purchase story names but does not charge (excluded, waived, free, paid by another, a threshold), and a
price on two counts, are never added as lines of the total."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Hotel £110 a night for 3 nights, excluding the £15 tourist tax. Total for the rooms?",
        "6 beers at £5 each, and the £8 cocktail was on the house. What did I pay?",
        "3 pizzas at £7.50 each; delivery £3.50 unless the order is over £25. Total?",
        "4 nights at £95 a night, breakfast £10 per person per night for 2 people. Total?",
    ],
)
async def test_money_not_paid_is_not_added(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_plain_extra_is_still_added():
    assert (await solved("Hotel £110 a night for 3 nights plus £15 tourist tax. Total?"))["result"] == 345
