"""A price for a bundle with the amount needed said before the question ('The wholesaler sells roses in bunches of 20
for €24 a bunch. I need 180 roses for the Ashworth wedding. How much will that cost me?' → €216); an amount held, not
needed, or a part bundle still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_the_amount_needed_is_the_amount_priced():
    request = (
        "The wholesaler sells roses in bunches of 20 for €24 a bunch. I need 180 roses for the Ashworth wedding. How "
        "much will that cost me?"
    )
    assert (await solved(request))["result"] == pytest.approx(216)


@pytest.mark.parametrize(
    "request_text",
    [
        "Roses come in bunches of 20 for €24 a bunch. I have 180 roses. How much?",
        "Roses come in bunches of 20 for €24 a bunch. I need 190 roses. How much will that cost me?",
    ],
)
async def test_an_amount_held_or_a_part_bundle_declines(request_text: str):
    await refused(request_text)
