"""A conversion asked of the thing the request measures, by its name ('our vineyard size in acres'), is asked of the
one amount given."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_named_thing_asked_in_a_unit():
    request = "A buyer in California wants to know our vineyard size in acres. We farm 12.5 hectares."
    assert (await solved(request))["result"] == pytest.approx(30.88817, abs=1e-4)


@pytest.mark.anyio
async def test_two_amounts_leave_the_name_unsettled():
    await refused("The tank holds 60 litres and 20 litres. What is the tank capacity in gallons?")
