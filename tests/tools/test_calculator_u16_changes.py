"""A percentage change asked as a 'percentage drop', 'fall', 'rise' or 'reduction', from one amount to another, with
the time it took said after it ('from $32,000 to $24,800 in two years' is a 22.5% drop); a change asked per year of
such a span, or against the way the amount moved, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If a car depreciates from $32,000 to $24,800 in two years, what's the percentage drop?", 22.5),
        ("a car drops from $32,000 to $24,800, what's the percentage drop?", 22.5),
        ("house prices rose from £250,000 to £285,000 over 3 years. what's the percentage increase?", 14),
        ("sales went from 120 to 150 in 6 months, percentage change?", 25),
        ("Our rent fell from €1,200 to €1,050 in a year - what's the percentage fall?", 12.5),
        ("membership grew from 80 to 92 over 2 years. percentage rise?", 15),
        ("The bus fare was cut from £2.50 to £2 in 3 months. What is the percentage reduction?", 20),
        ("weight went from 90 kg to 81 kg in 12 weeks. what's the percentage loss?", 10),
        ("the house went from £200,000 to £230,000 over 5 years. percentage gain?", 15),
    ],
)
async def test_a_percentage_change_over_a_span(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "If a car depreciates from $32,000 to $24,800 in two years, what's the percentage drop per year?",
        "If a car depreciates from $32,000 to $24,800 in two years, what's the annual percentage drop?",
        "house prices rose from £250,000 to £285,000 over 3 years. what's the percentage increase each year?",
        "from 100 to 120, what's the percentage drop?",
        "weight went from 81 kg to 90 kg. what's the percentage loss?",  # was answered as an 11.1% increase
        "the house went from £230,000 to £200,000. percentage gain?",
    ],
)
async def test_a_change_per_year_or_against_its_way_is_declined(request_text: str):
    await refused(request_text)
