"""Paraphrases of a total of counted things at a price each with the day they were sold said after them ('on
Saturday', 'today', 'at the weekend'), and near-misses: a second day's sales, a question per day, a repeat."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Hi, quick maths please. Sold 48 trays of bedding at £12.50 and 19 hanging baskets at £24.99 on Saturday. "
            "Total takings?",
            1074.81,
        ),
        ("Sold 30 pies at £4 and 12 cakes at £9.50 last Saturday, what did we take?", 234),
        ("sold 14 bunches of tulips at $8 and 6 potted ferns at $22.50 on sunday morning. total?", 247),
        ("Sold 25 jars of honey at €6 and 10 candles at €12 at the weekend. What did we take?", 270),
    ],
)
async def test_a_day_said_after_the_lines(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sold 30 pies at £4 on Saturday and 12 on Sunday. What did we take?",
        "Sold 30 pies at £4 and 12 cakes at £9.50 on Saturday. What did we take each day?",
        "Sold 30 pies at £4 and 12 cakes at £9.50 on Saturday and the same on Sunday. Total?",
        "Sold 30 pies at £4 and 12 cakes at £9.50 on Saturday, 10% off the cakes. Total?",
        "Sold 30 pies at £4 and 12 cakes on Saturday. Total?",
    ],
)
async def test_a_second_day_or_a_missing_price_is_declined(request_text: str):
    await refused(request_text)
