"""A percentage off a quote's parts but not its labour: the parts discounted, the labour at its full price."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_discount_on_parts_only():
    reply = await solved(
        "Bike shop quote: new chain £38.99, cassette £64.50 and £25 labour. I get 10% off parts only, not labour. "
        "What's the total?"
    )
    assert reply["answer"] == "£118.14 in total"


@pytest.mark.anyio
async def test_parts_only_with_a_tax_is_declined():
    await refused("Chain £38.99, cassette £64.50 and £25 labour. 10% off parts only. What's the total with VAT?")
