"""A part named before its rate ('our fee is 1.25%'), and a tax said on that part, asked with the tax."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_fee_named_before_its_rate_is_the_part():
    assert (await solved("Our fee is 1.25% of the sale price. On a £280,000 sale what's the fee?"))["result"] == 3500


@pytest.mark.anyio
async def test_a_fee_plus_vat_asked_including_vat():
    reply = await solved(
        "Our fee is 1.25% of the sale price plus VAT at 20%. On a £280,000 sale what's the total fee including VAT?"
    )
    assert reply["result"] == 4200


@pytest.mark.anyio
async def test_a_fee_plus_vat_asked_without_the_vat_declines():
    await refused("Our fee is 1.25% of the sale price plus VAT at 20%. On a £280,000 sale what's the fee?")
