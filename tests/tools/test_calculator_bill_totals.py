"""A bill's lines asked for with a bare 'total?': each line a quantity at its price or an amount of money, joined
by 'plus' or 'and', so the total can only be their sum. A line taken away ('less £5') or anything that is no line
of the bill leaves the request to the other readers, which decline it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("6.4 grams at £4.85 per gram plus £45, total?", 76.04),
        ("12 kg at 95 baht per kg plus 40 baht, total?", 1180),
        ("3.5 m of cable at $4.20 per metre and $18 of clips, total?", 32.7),
    ],
)
async def test_the_lines_of_the_bill_are_added(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "7 yards at £9.50 per yard less £5, total?",
        "7 yards at £9.50 per yard and I paid £20, total?",
    ],
)
async def test_a_line_that_is_not_added_is_not_summed(request_text: str):
    await refused(request_text)
