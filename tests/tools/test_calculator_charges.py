"""A charge the user names without its amount is one the answer cannot leave out: the calculator declines it and
says what it needs, instead of answering short ('A $120 jacket is 25% off. Shipping is extra. What do I pay?' was
answered $90). A charge with its figure, one said to be free, included or left out, and one asked for, still get
their answers.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "charge"),
    [
        ("A $120 jacket is 25% off. Shipping is extra. What do I pay?", "shipping"),
        ("A $120 jacket is 25% off and then there is shipping. What do I pay?", "shipping"),
        ("The bill is $86.40 split 4 ways, plus a service charge", "service charge"),
        ("There's a delivery fee too. A $120 jacket is 25% off", "delivery fee"),
        ("The shirt costs $30 and there is a fee. What's the total?", "fee"),
        ("A taxi ride cost $18 and I gave a tip. How much did I pay?", "tip"),
        ("The meal was $60 and we're adding a service charge. Split between 3, what does each pay?", "service charge"),
        ("3 tickets at $25 each, plus a booking fee. What's the total?", "booking fee"),
    ],
)
async def test_a_charge_named_without_its_amount_is_declined_with_what_is_needed(request_text: str, charge: str):
    message = await refused(request_text)
    assert f"names the {charge} without its amount" in message


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Order was $64, postage $4.50, what's the total?", 68.5),
        ("The sofa is $400 with 10% off and free delivery. What do I pay?", 360),
        ("What's 15% tip on $60?", 9),
        ("How much is the tax on $50 at 8%?", 4),
        ("$50 plus 8% tax", 54),
        ("A $120 jacket is 25% off, then 8.25% sales tax is added. What do I pay?", 97.43),
    ],
)
async def test_a_charge_with_its_figure_free_or_asked_for_is_answered(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=0.01)
