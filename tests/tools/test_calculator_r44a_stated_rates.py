"""Paraphrases of an amount including a tax whose rate is said in a clause of its own ('£6,480 inc VAT. VAT's 20%'),
and near-misses: a second percentage, another tax named, no question, the rate said before the amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("new roller quote came in at £6,480 inc VAT. VAT's 20%, what is it before VAT?? need it for the form", 5400),
        ("quote £6,480 inc VAT. VAT is 20%. Price before VAT?", 5400),
        ("Invoice total $1,150 incl GST. GST is 15%. What was it ex GST?", 1000),
        ("Paid €2,420 including VAT; the VAT rate is 21%. How much was the VAT?", 420),
    ],
)
async def test_a_tax_rate_said_on_its_own(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "quote £6,480 inc VAT. VAT is 20%. Service is 10%. Price before VAT?",
        "quote £6,480 inc VAT. Tax is 20%. Price before VAT?",
        "quote £6,480 inc VAT. VAT is 20%.",
        "quote £6,480 inc VAT. VAT is 20%, it was 17.5% before. Price before VAT?",
    ],
)
async def test_a_second_rate_or_no_question_is_declined(request_text: str):
    await refused(request_text)
