"""Interest answered to the nearest pound when asked, and a compounding with no frequency over a part year declined
(yearly and monthly compounding give different totals there)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("£2,345 at 3.7% simple interest for 6 years: total to the nearest pound?", 2866),
        ("£1,500 at 7% compounded annually for 12 years: total to the nearest pound?", 3378),
        ("What's £4,000 at 5% simple interest for 3 years, to the nearest pound?", 4600),
    ],
)
async def test_interest_to_the_nearest_pound(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "Interest of 6% on £3,000 for 18 months, compounded. What's the total?",
        "£5,000 at 4% compound interest for 2 and a half years. Total?",
    ],
)
async def test_a_compounding_over_a_part_year_without_a_frequency_is_declined(request_text: str):
    await refused(request_text)
