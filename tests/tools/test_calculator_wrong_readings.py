"""Readings that gave confident wrong answers, now declined.

A price 'each per day' is each one's rate for every day: with a second line at a daily rate and the days hired,
'4 monitors at $35 each per day and a desk at $220 a day, for a 2 day festival' was answered $580, the monitors
paid for one day. A charge said to be included in a bill was taken as a plain share of it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Hiring 4 lights at $35 each per day and a mixer at $220 a day, for a 2 day gig. Total hire cost?",
        "Renting 3 bikes at €20 each per day and a trailer at €15 a day for 4 days. What's the total?",
        "Hiring a mixer at $220 a day and 4 lights at $35 each a day, for a 2 day gig. Total?",
    ],
)
async def test_a_rate_each_per_day_is_never_paid_for_one_day(request_text: str):
    await refused(request_text)


async def test_a_day_rate_with_the_days_is_still_priced():
    solution = await solved("A mixer at $220 a day for 2 days. Total?")
    assert solution["result"] == 440


@pytest.mark.parametrize(
    "request_text",
    [
        "The bill was £64, service charge 12.5% included. How much is the service charge?",
        "Dinner was €90, service charge 10% included. What's the service charge?",
    ],
)
async def test_a_charge_said_to_be_included_is_never_a_plain_part(request_text: str):
    # 12.5% of £64 is £8, but a charge included in £64 is £7.11: the named-cut reading must not take it
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "i have 3 packs of 12 stickers and i give 5 stickers to each of my 6 friends and keep some for my sister. "
        "how many stickers do i have left",
        "I baked 48 cookies, gave 12 to the neighbours and put a few aside for Sunday. How many are left?",
    ],
)
async def test_some_set_aside_by_no_number_is_no_count_left(request_text: str):
    # the count left cannot account for 'some' or 'a few', so it was answered as if nothing more went
    await refused(request_text)
