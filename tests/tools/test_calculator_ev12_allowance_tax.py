"""Tax at one rate on what is earned above a tax-free allowance ('Profit £41,500. Personal allowance £12,570, then
20% basic rate on the rest. Income tax?'). Bands, an amount that is not an allowance, two currencies, a monthly
income against a yearly allowance or a question about what is left declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "tax"),
    [
        ("Profit £41,500. Personal allowance £12,570, then 20% basic rate on the rest. Income tax?", 5786),
        ("I earn £30,000 a year; the first £12,570 is tax-free and the rest is taxed at 20%. How much tax do I pay?",
         3486),
        ("My salary is £25,000. Allowance £12,570 and 20% on everything above it. How much tax?", 2486),
        ("income £18,000, tax-free allowance £12,570, then 20% on the rest. how much income tax?", 1086),
        ("income £10,000, tax-free allowance £12,570, then 20% on the rest. how much income tax?", 0),
    ],
)  # fmt: skip
async def test_one_rate_on_what_is_above_the_allowance(request_text: str, tax: float):
    answer = await solved(request_text)
    assert answer["result"] == tax
    assert answer["problem"] == "tax above an allowance"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Profit £41,500. Personal allowance £12,570, then 20% basic rate on the rest and 40% higher rate. Income tax?",
        "Profit £41,500. Personal allowance £12,570, then 20% basic rate on the rest. What's left after tax?",
        "Profit £41,500. Personal allowance €12,570, then 20% on the rest. Income tax?",
        "Profit £41,500. Expenses £12,570, then 20% on the rest. Income tax?",
        "I earn £2,500 a month; the first £12,570 is tax-free and the rest is taxed at 20%. How much tax do I pay?",
    ],
)
async def test_tax_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
