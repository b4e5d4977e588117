"""A tax at its rate said 'added' at the end ('what's it with 20% VAT added'): the total with the tax; a tax with no
rate, or a percentage named as nothing, stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("parts came to £212.40 before VAT. whats it with 20% VAT added", 254.88),
        ("£150 with 20% VAT added", 180),
        ("the quote is $450 before tax, what is it with 8% tax added?", 486),
        ("€1,200 with 21% VAT added", 1452),
        ("what's £64.99 with 20% vat added", 77.988),
        ("parts were £80 before VAT, what's the total with 20% VAT added?", 96),
        ("£99 plus 15% GST added", 113.85),
        ("what's £50 with 10% added", 55),  # whatever the 10% is called, it is added to the £50
    ],
)
async def test_a_tax_added_at_its_rate_gives_the_total(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "£50 with the VAT added",  # at what rate?
        "what is 80 with VAT added",
    ],
)
async def test_a_tax_without_its_rate_is_declined(request_text: str):
    await refused(request_text)
