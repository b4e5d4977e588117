"""A dilution whose first part is named as what is mixed ('Shampoo concentrate is mixed 1 part to 16 parts
water') is a ratio of that thing to water."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_the_thing_mixed_is_the_first_part():
    request = (
        "Shampoo concentrate is mixed 1 part to 16 parts water. How many ml of concentrate go in a 3,400 ml bottle?"
    )
    assert (await solved(request))["result"] == 200


@pytest.mark.anyio
async def test_a_part_not_named_is_declined():
    await refused("Shampoo concentrate is mixed 1 part to 16 parts water. How many ml of soap go in a 3,400 ml bottle?")
