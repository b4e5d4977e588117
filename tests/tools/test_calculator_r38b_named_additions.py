"""Round table: schemes and charges named with their percentage and asked by name; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Gift Aid adds 25% to £2,400 of donations. How much Gift Aid can we claim?", 600),
        ("We raised £2,400 and Gift Aid adds 25%. How much Gift Aid is that?", 600),
        ("Our takings were €800 and Service Charge is 12.5%. How much Service Charge is that?", 100),
    ],
)
async def test_named_additions(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We've had £2,400 of donations and Gift Aid adds 25%. How much Gift Aid plus donations is that in total?",
        "We've had £2,400 of donations from 3 events and Gift Aid adds 25%. How much Gift Aid can we claim?",
    ],
)
async def test_named_additions_near_misses_decline(request_text: str):
    await refused(request_text)
