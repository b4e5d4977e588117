"""Rent for part of a month, told the way landlords tell it: 'per calendar month' and 'pcm' are a month, and the day
the tenant moves in may be said when the days owed run from it to the month's end ('moves in on the 10th of March
... the 22 days of March (31-day month)'). Days that do not agree with that day decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "rent"),
    [
        ("New tenant moves in on the 10th of March. Rent is £1,200 per calendar month. Pro-rata for the 22 days of "
         "March (31-day month)?", 851.61),
        ("Rent is £1,200 per calendar month. Pro-rata for 22 days of a 31-day month?", 851.61),
        ("Tenant moves in on the 12th. Rent is £900 pcm. Prorated rent for 19 days of a 30-day month?", 570),
        ("My lodger moves in on the 21st of June. Rent is £600 per calendar month. What's the pro rata rent for the "
         "10 days of June (30-day month)?", 200),
    ],
)  # fmt: skip
async def test_rent_prorated_from_the_day_moved_in(request_text: str, rent: float):
    assert (await solved(request_text))["result"] == pytest.approx(rent, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "New tenant moves in on the 10th of March. Rent is £1,200 per calendar month. Pro-rata for the 20 days of "
        "March (31-day month)?",
        "New tenant moves in on the 10th and the 12th. Rent is £1,200 pcm. Pro-rata for 22 days of a 31-day month?",
        "Rent is £1,200 per calendar month. Pro-rata for 22 days of a 31-day month minus the deposit?",
    ],
)
async def test_prorated_rent_that_does_not_agree_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
