"""A duration asked 'in hours and minutes', and a change asked as how far one amount is below or above another."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_span_asked_in_hours_and_minutes():
    reply = await solved("My night shift runs from 19.30 until 07.45. How long is that shift in hours and minutes?")
    assert reply["answer"].startswith("12 h 15 min")


@pytest.mark.anyio
async def test_a_price_accepted_below_asking_is_a_percentage_decrease():
    reply = await solved(
        "Vendor's asking price was £325,000 and they've just accepted £312,000. What percentage below asking is that?"
    )
    assert reply["result"] == 4


@pytest.mark.anyio
async def test_below_asked_of_a_rise_declines():
    await refused("The asking price was £325,000 and they accepted £340,000. What percentage below asking is that?")
