"""Paraphrases of an amount asked before deductions that are named but not given, and near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I did 23 tunings last month at £85 each. How much is that before I take off petrol?", 1955),
        ("I cleaned 14 houses at £45 each this week. What's that before we pay the van and insurance?", 630),
        ("I sold 40 prints at €25 each. How much before I deduct the gallery's cut?", 1000),
        ("Did 12 callouts at $90 each. What's that before I knock off fuel?", 1080),
    ],
)
async def test_before_named_deductions(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "I sold 40 prints at €25 each. How much before I deduct the gallery's 30% cut?",
        "I sold 40 prints at €25 each and fees are €50. How much before I deduct the fees?",
        "I sold 40 prints at €25 each. How much after I deduct the gallery's cut?",
        "Did 12 callouts at $90 each. What's that after I knock off fuel?",
    ],
)
async def test_deductions_with_amounts_or_taken_off_are_declined(request_text: str):
    await refused(request_text)
