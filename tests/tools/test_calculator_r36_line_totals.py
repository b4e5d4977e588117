"""Paraphrases of a count at a price each read as the amount it comes to, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A gallery sold 14 of my A2 prints at €180 each and takes a 35% commission. How much do I get?", 1638),
        ("A gallery sold 14 of my prints at €180 each and takes a 35% commission. How much do I get?", 1638),
        ("The shop sold 40 jars at £6 each and charges a 10% fee. What's the fee?", 24),
        ("The market sold 25 of our candles at $12 each and keeps a 20% commission. How much do we get?", 240),
        ("The venue sold 120 tickets at £15 each and takes a 10% fee. What's left for us?", 1620),
    ],
)
async def test_line_total_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A gallery sold 14 of my prints at €180 each and takes a 35% commission. How much do I get per print?",
        "A gallery sold 14 prints at €180 each and 3 at €90 each and takes a 35% commission. How much do I get?",
        "A gallery sold 14 of my prints at €180 each and takes a commission. How much do I get?",
    ],
)
async def test_line_total_near_misses(request_text: str):
    await refused(request_text)
