"""Money as it is written where it is spent: the Malawian kwacha before its figure ('MK 352,800'), the kina ('K45'),
the ariary and the metical after theirs ('45,000 Ar', '1 850 MT', with space thousands and a decimal comma), and
prices said in tomans."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("I sold 84 kg of chambo for MK 352,800. What was the price per kg?", "MWK 4,200.00 per kilogram"),
        (
            "Today I sold 20 small bilums at K45 each and 16 big ones at K120 each. How much money altogether?",
            "PGK 2,820.00",
        ),
        (
            "A carved box is 45,000 Ar and a small statue is 28,000 Ar. A vazaha wants 3 boxes and 2 statues and I "
            "give 10% discount on everything. How much does he pay?",
            "MGA 171,900.00",
        ),
        ("I sold 14 dresses at 1 850 MT each and 9 headwraps at 350 MT each. How much altogether?", "MZN 29,050.00"),
        ("The bill came 4 320,00 MT. Split between 6, each?", "MZN 720.00 per person"),
        (
            "Wool was 450,000 tomans per kilo last year, and this year it is 630,000 tomans. By how many percent "
            "did the price rise compared with last year?",
            "40% increase",
        ),
    ],
)
async def test_local_money_is_read(request_text: str, answer: str):
    assert (await solved(request_text))["answer"].startswith(answer)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I bought 2 400 MT tickets. Total?",  # 2,400 meticais of tickets, or 2 tickets at 400?
        "The K2 is 8,611 m and we climbed 5,000 m. How far is the top?",  # a mountain, not kina
    ],
)
async def test_unsettled_figures_decline(request_text: str):
    await refused(request_text)
