"""A sum asked beside a yes-or-no question ('..., and will the council pay it back?') is declined, since no figure
answers the second; the sum asked alone, or with a remark that asks nothing, is still answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The van's new tyres are £480 and the fitter is giving me 10% off. What would I pay?", 432),
        ("£340 mower, 15% off - what do i pay?", 289),
        ("Lawn tractor £2,400, 20% off in the sale. What would it cost me?", 1920),
        ("Joe and I got the £60 heater with 25% off. What did it cost us?", 45),
    ],
)
async def test_the_sum_alone_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The new ride-on mower is £340 and the supplier is offering 15% off. What would I pay, and will the"
        " council reimburse the school for it?",
        "The van's new tyres are £480 and the fitter is giving me 10% off. What would I pay and can I claim it?",
        "£340 mower, 15% off - what do i pay and does the council cover it?",
        "What's 15% off £340, and should I wait for the spring sale?",
        "Boiler's £1,200 less 10%. What's my price? Is that a fair deal?",
        "Quote is £480 with 10% off. How much do we pay, and is there a warranty?",
        "The rail pass is £240 and students get 25% off. What does my son pay, and does he need a photo?",
    ],
)
async def test_a_yes_or_no_question_beside_the_sum_is_declined(request_text: str):
    await refused(request_text)
