"""The VAT or GST inside an amount that includes it, asked with the amount named again ('how much of the £11.50 is
VAT?') or asked first as a task ('State the VAT element of ...'): worked back, never taken as a percentage of the
amount; a different amount named, or a question about something else, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A fish supper is £11.50 and that's including the VAT at 20%. How much of the £11.50 is actually VAT?",
         1.916667),
        ("Please state the VAT element of takings of £1,440, where the figure includes VAT at 20%.", 240),
        ("Work out the VAT in a £96 invoice that includes VAT at 20%.", 16),
        ("Our flat white is $5.50 including GST at 10%. How much of the $5.50 is GST?", 0.5),
        ("Calculate the VAT portion of a £60 bill which includes VAT at 20%.", 10),
    ],
)  # fmt: skip
async def test_the_tax_inside_an_amount_is_worked_back(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "A fish supper is £11.50 and that's including the VAT at 20%. How much of the £12 is VAT?",
        "A fish supper is £11.50 and that's including the VAT at 20%. How much of the £11.50 is profit?",
        "Please state the VAT element of takings of £1,440 and of £960, where the figures include VAT at 20%.",
        "How much VAT is in £11.50 at 20%?",
        "Takings were £1,440 and VAT is 20%. How much VAT is that?",
    ],
)
async def test_a_tax_not_said_to_be_inside_or_another_amount_is_declined(request_text: str):
    await refused(request_text)
