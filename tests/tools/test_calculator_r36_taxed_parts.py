"""Paraphrases of a part named by its rate before it (fee, commission, deposit) and of a tax on that part asked with
the tax; near-misses that leave the tax unasked decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our fee is 1.25% of the sale price. On a £280,000 sale what's the fee?", 3500),
        ("Our fee is 1.25%. What's the fee on a £280,000 sale?", 3500),
        ("My commission is 3% of sales. On £50,000 of sales what's my commission?", 1500),
        ("The agent's fee is 1.25% of the sale price. The house sells for £280,000. What's the fee?", 3500),
        ("The deposit is 10%. The car is £12,000. How much is the deposit?", 1200),
        (
            "Our fee is 1.25% of the sale price plus VAT at 20%. On a £280,000 sale what's the total fee including "
            "VAT?",
            4200,
        ),
        ("Our fee is 1.5% plus 20% VAT. What's the fee including VAT on a £300,000 sale?", 5400),
        ("My commission is 3% of sales plus VAT at 20%. On £50,000 of sales what's my commission with VAT?", 1800),
        ("The deposit is 10% plus VAT at 20%. The car is £12,000. How much is the deposit including VAT?", 1440),
    ],
)
async def test_the_named_part(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our fee is 1.25% of the sale price plus VAT at 20%. On a £280,000 sale what's the fee?",
        "Our fee is 1.25% plus VAT at 20%. On a £280,000 sale what's the fee including tax and stamp duty of £2,000?",
    ],
)
async def test_a_tax_left_unasked_declines(request_text: str):
    await refused(request_text)
