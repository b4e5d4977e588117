"""Round table: bundles priced with the amount needed told in the story; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Roses come in bunches of 20 for €24 a bunch. I need 180 roses. How much?", 216),
        ("Printer paper is 5 reams for $22. I need 20 reams. How much?", 88),
        ("Tulips are 10 for £6. We want 50 tulips for the church. How much will that cost?", 30),
    ],
)
async def test_bundles_for_the_amount_needed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Roses come in bunches of 20 for €24 a bunch. I need 180 roses. How many bunches?",
        "Eggs come in boxes of 6 for £2.10. We need 48 eggs for the bake sale. How much will that cost?",
    ],
)
async def test_bundles_for_the_amount_needed_near_misses_decline(request_text: str):
    await refused(request_text)
