"""A pace asked in a unit of speed ('my average pace in mph') is the speed: the only thing that unit can measure."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_pace_in_mph_is_the_speed():
    request = "I hiked 11.2 miles in 5 hours 20 minutes. What was my average pace in mph?"
    assert (await solved(request))["result"] == pytest.approx(2.1)


@pytest.mark.anyio
async def test_a_pace_in_a_length_declines():
    await refused("I ran 10 km in 50 minutes. What was my pace in miles?")
