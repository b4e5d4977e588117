"""The amount asked before deductions the request names but does not give."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_before_deductions_named_without_amounts_is_the_amount_as_it_stands():
    solution = await solved(
        "I tune pianos for a living and did twenty-three tunings last month at £85 each. How much is that before I "
        "take off petrol and the rest?"
    )
    assert solution["result"] == 1955


async def test_after_deductions_named_without_amounts_is_declined():
    await refused("I sold 40 prints at €25 each. How much after I deduct the gallery's cut?")
