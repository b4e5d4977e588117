"""A tip said as what is left ('I'd like to leave 12%', 'I'll leave 10%') on a bill, asked as the tip or the total;
a question that asks a charge itself ('How much is the tax?') of a story of several amounts is not answered with
the total (it was: '$40 shirt and $25 jeans, plus 8% tax. How much is the tax?' gave $70.20)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Lunch in Lisbon was €64 and I'd like to leave 12%. How much is the tip?", 7.68),
        ("Lunch was €64 and I'd like to leave 12%. How much is the tip?", 7.68),
        ("dinner was £45 and I'll leave 10%. how much is the tip?", 4.50),
        ("the bill is $80 and I want to leave 15%, what's the tip?", 12),
        ("the bill is $80 and I want to leave 15%, what's the total?", 92),
        ("the bill is $80, leaving 15%, how much each for 4 of us?", 23),
        ("Lunch was €64 and I'd like to leave a 12% tip. How much is the tip?", 7.68),
    ],
)
async def test_a_tip_left_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A $40 shirt and $25 jeans, plus 8% tax. How much is the tax?",  # the tax, not the total
        "Sofa £400 and chair £100 with 10% off the lot. How much is the discount?",
        "burger $12, fries $4, add a 15% tip. how much is the tip?",
        "I'd like to leave 12%. How much is the tip?",  # no bill
        "Lunch was €64 and I'd like to leave 12% off. How much is the tip?",
    ],
)
async def test_a_charge_asked_is_not_answered_with_the_total(request_text: str):
    await refused(request_text)
