"""A complete question followed by talk that only names the charge it works out ('what's 17.5% of £1,280? trying
to work out the VAT on an old invoice') is answered as asked (it was declined as a VAT without its amount). Talk
that adds the charge, or asks for something else, is still declined.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("hiya, quick one - what's 17.5% of £1,280? trying to work out the VAT on an old invoice", 224),
        ("What is 20% of $85? I'm trying to calculate the tip", 17),
        ("what's 12.5% of 640 euros? working out the tax on a quote for a client", 80),
        ("whats 15% of £240? just figuring out my tip for the waiter", 36),
        ("what's 20% of 350 dollars? need to work out the GST on a receipt", 70),
    ],
)
async def test_talk_naming_the_charge_being_worked_out_is_set_aside(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "what's 17.5% of £1,280? need to add the VAT",
        "what's 17.5% of £1,280? trying to work out the price with VAT",
        "The meal was $60. Work out the tip.",
    ],
)
async def test_talk_that_adds_a_charge_or_asks_another_thing_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "charge"),
    [("Calculate the tip for me.", "tip"), ("can u work out the tip for me", "tip"), ("calculate my taxes", "taxes")],
)
async def test_a_charge_to_work_out_with_no_question_before_still_asks_for_its_amount(request_text: str, charge: str):
    message = await refused(request_text)
    assert f"names the {charge} without its amount" in message
