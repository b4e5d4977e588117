"""Paraphrases of rebates taken off before tax, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I'm buying a $1,899 lens with a $200 instant rebate and then 8.25% sales tax on the reduced price. What's "
         "the total?", 1839.1675),
        ("$1,899 with a $200 rebate, then 8.25% sales tax. Total?", 1839.1675),
        ("We're buying a £640 sofa with a £50 rebate and 20% VAT on the reduced price. Total?", 708),
        ("$60 with a 10% discount and 8% tax on the reduced price. Total?", 58.32),
        ("$1,899 minus $200, then 8.25% sales tax. Total?", 1839.1675),
        ("A $1,899 lens with a $200 instant rebate and then 8.25% sales tax on the reduced price. What's the total?",
         1839.1675),
    ],
)  # fmt: skip
async def test_rebate_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I'm buying a $1,899 lens with a rebate and then 8.25% sales tax. What's the total?",
        "A $1,899 lens with a $200 rebate and 8.25% sales tax on the original price. Total?",
        "I'm buying a $1,899 lens with a $200 rebate and then sales tax. What's the total?",
    ],
)
async def test_rebate_near_misses(request_text: str):
    await refused(request_text)
