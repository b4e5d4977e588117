"""The price of each of a few things bought with something priced, from the total ('Three coffees plus a £2.40
flapjack came to £10.20. How much was each coffee?'); the priced thing asked, a total too small, or a tip stays
declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Three coffees plus a £2.40 flapjack came to £10.20. How much was each coffee?", 2.6),
        ("4 teas and a £3.50 cake cost £11.50. How much was each tea?", 2),
        ("2 pints plus a $6 burger came to $20. What did a pint cost?", 7),
        ("5 tickets plus a £4 programme came to £64. How much was each ticket?", 12),
        ("Six cupcakes and a £5 card came to £17. What did a cupcake cost?", 2),
        ("3 lattes with a €2.50 croissant came to €13. How much per latte?", 3.5),
    ],
)
async def test_the_price_of_each_from_a_total(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Three coffees plus a £2.40 flapjack came to £10.20. How much was the flapjack?",
        "Three coffees plus a £2.40 flapjack came to £2.00. How much was each coffee?",
        "Three coffees plus a £2.40 flapjack came to £10.20 with a tip. How much was each coffee?",
    ],
)
async def test_totals_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
