"""Compound interest over a term that is not a whole number of compounding periods is declined: '6% on £3,000
for 18 months, compounded' was worked out as 1.5 yearly periods (£3,274.01), a convention banks do not share."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Interest of 6% on £3,000 for 18 months, compounded. What's the total?",
        "£1,000 at 5% compound interest for 6 months, what do I end up with?",
        "the club put £2,500 away at 4% compounded annually for 30 months. how much is there now",
    ],
)
async def test_a_term_between_compounding_periods_is_declined(request_text: str):
    await refused(request_text)


async def test_the_decline_asks_how_often_it_compounds():
    said = await refused("£3,000 at 6% compound interest for 18 months")
    assert "not a whole number of compounding periods" in said


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("£3,000 at 6% compounded monthly for 18 months", 3281.79),
        ("£3,000 at 6% compounded quarterly for 18 months", 3280.33),
        ("£2,400 at 5% compounded annually for 3 years", 2778.30),
        ("£5,000 at 3% compound interest for 24 months", 5304.50),
    ],
)
async def test_a_term_of_whole_periods_is_compounded(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
