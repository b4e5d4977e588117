"""A circle's length named before another's figure is not that figure: the diameter asked of a circle with a
circumference given is never answered as the circumference of that diameter."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_diameter_asked_of_a_circumference_is_not_read_as_given():
    await refused("What's the diameter of a circle with a circumference of 2.2 m?")


async def test_a_circumference_of_a_given_diameter_still_reads():
    assert (await solved("What is the circumference of a circle with diameter 4 m?"))["result"] == pytest.approx(
        12.566, abs=0.001
    )
