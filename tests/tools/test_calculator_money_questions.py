"""Money stories asked in a tradesman's or a borrower's words: 'the final figure I give them', 'the total I'd pay
back altogether', a loan 'for a new piano', a fund that 'has' its money; a change told newest first ('340 this
year, last year it was 295'); and a question that names one line of a quote ('the labour cost') is never answered
with the whole."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Quoted a bathroom refit today. Parts come to £1,340 and labour is 3 days at £220 a day, then VAT at 20% "
            "on the lot. What's the final figure I give them?",
            2400,
        ),
        (
            "Thinking of a £9,000 loan for a new piano at 7.5% simple interest over 3 years. What's the total I'd "
            "pay back altogether?",
            11025,
        ),
        (
            "Parish clerk here. The church roof fund has £4,500 in an account paying 3.2% simple interest. How much "
            "interest will it earn over 4 years?",
            576,
        ),
        ("Valentine's week I sold 340 bouquets, last year it was 295. What's the percentage increase?", 15.2542),
        ("Our takings were £4,000 last week and £3,500 the week before. What's the percentage change?", 14.2857),
    ],
)
async def test_money_stories_in_their_own_words(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Parts £800 and labour 2 days at £250 a day. What's the labour cost?",
        "A £9,000 loan for the first year at 7.5% simple interest. What's the total?",
    ],
)
async def test_one_line_or_a_missing_term_declines(request_text: str):
    await refused(request_text)
