"""Round 35: the same items priced again at their rate ('11 of the same pens', '8 of the same', '14 of those'), and
a decimal below one as a share ('0.75 of 1,280 kg', '.2 of 600'); another item, or a decimal that is no share,
declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If 3 pens cost $4.35, how much do 11 of the same pens cost?", 15.95),
        ("3 pens cost $4.35, how much do 11 of the same pens cost?", 15.95),
        ("If 4 notebooks cost £7.60, what would 9 of the same notebooks cost?", 17.1),
        ("5 mugs cost €22.50. How much for 8 of the same?", 36),
        ("If 6 candles cost $9, how much do 14 of those cost?", 21),
        ("2 tickets cost £31. What do 7 of these cost?", 108.5),
        ("If 12 eggs cost £3.00, how much do 30 of the same eggs cost?", 7.5),
        ("What is 0.75 of 1,280 kg?", 960),
        ("What is 0.75 of 1,280?", 960),
        ("what's 0.4 of £250", 100),
        ("calculate 0.6 of 45 litres", 27),
        ("0.5 of 90", 45),
        ("what is .2 of 600", 120),
    ],
)
async def test_a_rate_or_share_is_taken(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "If 3 pens cost $4.35, how much do 11 of the same pencils cost?",
        "If 3 pens cost, how much do 11 of the same pens cost?",
        "What is 1.5 of 10?",
        "What is 0 of 10?",
        "What's 0.3 of it?",
    ],
)
async def test_no_rate_or_share_declines(request_text: str):
    await refused(request_text)
