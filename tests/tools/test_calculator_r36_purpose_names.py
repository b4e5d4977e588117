"""Paraphrases of shares and lists named by what they are for, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 4% of £212,400 as this year's drawdown", 8496),
        ("Work out 4% of £212,400 for this year's drawdown", 8496),
        ("What's 10% of $5,000 as this month's float?", 500),
        ("Work out 15% of my €2,400 monthly takings for the studio rent share", 360),
        ("Calculate 12% of £18,500 for the new kitchen fund", 2220),
        ("Add up £1,250, £875 and £2,310 from the three events", 4435),
        ("Add up £1,250, £875 and £2,310 from 3 events", 4435),
        ("Total of 4, 5, 6 from the 3 shops", 15),
        ("Add up $120, $80, $45 and $60 from the four stalls", 305),
    ],
)
async def test_purpose_name_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Add up £1,250, £875 and £2,310 from the four events",
        "Add up £20 and £30 from the 3 stalls",
        "Work out 4% of £212,400 a year for this year's drawdown",
        "Work out 15% of €2,400 for the studio rent share each month",
    ],
)
async def test_purpose_name_near_misses(request_text: str):
    await refused(request_text)
