"""When to set off so every stretch said before one clock time fits ('set up 45 minutes before ... the walk-in takes
1 hour 10 minutes')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_every_stretch_before_the_time_is_taken_off():
    request = (
        "Sunrise in Glencoe is at 05:42 and I need to be set up 45 minutes before. The walk-in takes 1 hour 10 "
        "minutes. What time do I need to leave the car?"
    )
    assert (await solved(request))["answer"].startswith("03:47")


@pytest.mark.anyio
async def test_a_stretch_after_the_time_declines():
    await refused("Dinner is at 7pm, cooking takes 90 minutes and I rest it 20 minutes after. When should I start?")
