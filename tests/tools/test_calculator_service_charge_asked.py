"""A charge asked for itself is never answered with the bill it is added to: 'A bill of £64 plus a 12.5% service
charge. How much was the service charge?' was answered £72, the total. Such a question is declined (or, by a reader
that works out the charge, answered with it); the total, when it is what is asked, is still answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solve, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "charge"),
    [
        ("A bill of £64 plus a 12.5% service charge. How much was the service charge?", 8),
        ("Dinner was £80 plus 10% service. How much is the service?", 8),
        ("Our meal came to $150 plus a 12% service charge - what's the service charge?", 18),
        ("Lunch was €45 and they add 10% for service. How much is the service bit?", 4.5),
        ("£200 for the function room plus 15% service charge. How much service did we pay?", 30),
        ("The restaurant adds a 12.5% service charge to our £96 bill. How much is the service?", 12),
        ("A jacket is £80 with 25% off. How much is the discount?", 20),
    ],
)
async def test_a_charge_asked_is_the_charge_or_declined(request_text: str, charge: float):
    reply = await solve(request_text)
    assert reply.is_error or reply.structured_content["result"] == pytest.approx(charge)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A £64 bill plus a 12.5% service charge. What's the total?", 72),
        ("Dinner was £80 plus 10% service. How much do we pay in total?", 88),
        ("A jacket is £80 with 25% off. What do I pay?", 60),
    ],
)
async def test_the_amount_after_the_charge_is_still_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
