"""So many weeks' rent from a monthly rent ("Deposit cap is 5 weeks' rent. Rent is £1,050 pcm and weekly rent =
monthly x 12 / 52. What's the maximum deposit?"): a week's rent is a month's × 12 ÷ 52. Another rule, a fee or a
second amount declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "deposit"),
    [
        ("Deposit cap is 5 weeks' rent. Rent is £1,050 pcm and weekly rent = monthly x 12 / 52. What's the maximum "
         "deposit?", 1211.54),
        ("Rent is £1,300 a month. The deposit is capped at 5 weeks' rent. What's the most I can charge?", 1500),
        ("Deposit cap is 6 weeks rent and the rent is £900 per calendar month. What is the maximum deposit?",
         1246.15),
        ("Deposit cap is 5 weeks' rent. Rent is £250 a week. What's the maximum deposit?", 1250),
    ],
)  # fmt: skip
async def test_weeks_of_rent_from_the_rent(request_text: str, deposit: float):
    assert (await solved(request_text))["result"] == pytest.approx(deposit, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Deposit cap is 5 weeks' rent. Rent is £1,050 pcm and weekly rent = monthly x 12 / 50. What's the maximum "
        "deposit?",
        "Deposit cap is 5 weeks' rent. Rent is £1,050 pcm plus a £50 holding fee. What's the maximum deposit?",
        "Deposit cap is 5 weeks' rent. Rent is £1,050 pcm split between 3 tenants. What's the maximum deposit?",
    ],
)
async def test_weeks_of_rent_not_told_in_full_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
