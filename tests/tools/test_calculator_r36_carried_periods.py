"""Paraphrases of a share of an amount said per period with no period asked, and of a price kept 'at the same price
each' for another count; near-misses with a time or amount of their own decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rent is £1,150 a month and there are three of us sharing equally. How much does each flatmate pay?", 383.33),
        ("Rent is £1,150 a month split between 3 of us. How much does each pay?", 383.33),
        ("Rent is £1,150 a month. There are three of us sharing equally. How much does each flatmate pay?", 383.33),
        ("Our broadband is $60 a month split 4 ways. How much does each person pay?", 15),
        ("The cleaner costs £80 a week and the four of us share it equally. How much does each pay?", 20),
        ("Netflix is $18 a month and 3 of us share it. How much does each of us pay?", 6),
        ("Rent is £1,200 a month shared by 3 flatmates. How much each?", 400),
        ("Three notebooks cost $7.35. At the same price each, how much would 8 notebooks cost?", 19.6),
        ("Four pens cost £3.20. At that price each, how much for 10 pens?", 8),
        ("5 mugs cost €22.50. At the same price apiece, what would 7 mugs cost?", 31.5),
    ],
)
async def test_the_share_or_price_is_carried(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Rent is £1,150 a month and there are three of us. How much does each pay in a year?",
        "Rent is £1,150 a month and there are three of us plus a £90 bill. How much does each pay?",
        "Rent is £1,150 a month and there are three of us. How much do we pay?",
    ],
)
async def test_a_share_with_more_said_declines(request_text: str):
    await refused(request_text)
