"""A price each with a charge each on top ('$37.50 each plus a $6 booking fee per ticket'), asked for one, or for a
count of them ('£27 each plus a £5 coach fee each and I have 3 going. total?'); a total asked each, a share, or a
charge not said of each one stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out the cost per person for theatre tickets at $37.50 each plus a $6 booking fee per ticket", 43.5),
        ("School trip is £27 each plus a £5 coach fee each and I have 3 going. total?", 96),
        ("Concert tickets are £45 each plus £4.50 each in fees. How much per person?", 49.5),
        ("the trip is £12 per child plus £3 per child for lunch, 30 children, total cost?", 450),
        ("Tickets £20 each plus a £2 fee each, 4 of us going, what's the total", 88),
        ("Entry is €15 per person plus €5 per person for the guided tour. What does it cost per person?", 20),
    ],
)
async def test_a_price_each_with_a_charge_each(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Tickets £20 each plus £2 each, 4 going, how much each",
        "Tickets £20 each plus a £2 fee each, 4 of us, split between us",
        "Tickets £20 each and a £2 fee, what's each",  # the fee once, or each?
        "Tickets £20 each plus a £2 fee each",  # nothing asked
        "Tickets £20 each plus a £2 fee each with 10% off, how much per person?",
        "2 adults at £30 each plus £10 per child, how much?",  # how many children?
        "£30 per adult plus £10 per child, 4 going, total?",
    ],
)
async def test_sums_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
