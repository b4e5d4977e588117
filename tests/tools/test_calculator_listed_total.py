"""A list that states its own total beside its values is declined when a statistic is asked, never averaged with
the total counted as one more value."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_total_said_in_the_list_is_declined():
    assert "total" in await refused("Takings were $1,850, $2,240 and $1,975, $6,065 in all. What's the mean?")


@pytest.mark.anyio
async def test_list_without_its_total_is_averaged():
    result = (await solved("Takings were $1,850, $2,240 and $1,975. What's the mean?"))["result"]
    assert abs(result - 2021.6666666667) < 1e-6
