"""Calendar years naming when each amount was ('Our 2023 harvest was 40 tonnes and 2024 came in at 33 tonnes') are
no numbers of the sum, and only when they run forward in time."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_years_labelling_amounts_are_set_aside():
    request = "Our 2023 harvest was 40 tonnes and 2024 came in at 33 tonnes after the hail. What's the percentage drop?"
    assert (await solved(request))["result"] == pytest.approx(17.5)


@pytest.mark.anyio
async def test_years_said_backwards_decline():
    await refused("Our 2024 harvest was 33 tonnes and 2023 was 40 tonnes. What's the percentage drop?")
