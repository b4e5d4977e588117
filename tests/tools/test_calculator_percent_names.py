"""A percentage named as a scheme or a levy on one amount ('Work out 25% Gift Aid on £3,640') asks for the part."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_named_percentage_on_an_amount_is_the_part():
    assert (await solved("Work out 25% Gift Aid on £3,640"))["result"] == pytest.approx(910)


@pytest.mark.anyio
async def test_a_named_increase_may_ask_the_new_amount_and_declines():
    await refused("What's 5% Increase on £1,000?")
