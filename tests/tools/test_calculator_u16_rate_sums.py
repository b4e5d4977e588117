"""Regular amounts added up by a period: several amounts paid by one period asked by another ('£3.50 a week for Amy
and £5 a week for Josh. How much is that over a year (52 weeks)?' is £442), and a share of a regular income put by
each period over a span ('£1,840 a month ... set aside 12% of it every month ... after a year' is £2,649.60)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Pocket money in our house is £3.50 a week for Amy and £5 a week for Josh. How much is that over a year "
            "(52 weeks)?",
            442,
        ),
        ("Amy gets £3.50 a week and Josh gets £5 a week. How much is that a year?", 442),
        ("Netflix is £10.99 a month and Spotify £11.99 a month, how much a year?", 275.76),
        ("gym £30 a month, phone £25 a month and broadband £28 a month - what do I pay annually?", 996),
        ("Tom earns £2,000 a month and Sue earns £2,500 a month. How much do they earn together a year?", 54000),
        ("we pay $1,200 a month rent and $150 a month for utilities. what's that per year?", 16200),
        (
            "My pension is £1,840 a month. If I set aside 12% of it every month, how much will I have put by "
            "after a year?",
            2649.60,
        ),
        ("I earn £2,000 a month and save 10% of it. How much will I have saved after a year?", 2400),
        ("I earn £2,000 a month and save 10% of it. How much will I have saved after 18 months?", 3600),
        ("I get £300 a week and put away 15%. How much will I have saved in a year?", 2340),
    ],
)
async def test_regular_amounts_added_up_by_a_period(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Amy gets £3.50 a week and Josh gets £5 a week. How much does Josh get a year?",  # one of them
        "I earn £2,500 a month and spend £2,000 a month. How much a year?",  # money in and out (was £54,000)
        "£2,500 a month and spend £2,000 a month. How much a year?",
        "I get paid £2,000 a month and pay £900 a month rent. How much a year?",
        "Netflix is £10.99 a month and Spotify £11.99 a month, how much is Netflix a year?",
        "Netflix is £10.99 a month and Spotify £11.99 a month, how much a week?",  # months are not whole weeks
        "Amy gets £3.50 a week and Josh gets £5 a week. How much is that over a year (50 weeks)?",
        "Amy gets £3.50 a week and Josh gets £5 a month. How much is that a year?",
        "Amy gets £3.50 a week and Josh gets £5 a week. How much more does Josh get a year?",
        "I earn £2,000 a month and save 10% of it at 3% interest. How much after a year?",
        "I earn £2,000 a month and save 10% of it. How much will I have left after a year?",
        "I earn £2,000 a month and save 10% of it. How much will I have saved after 10 days?",
        "I earn £2,000 a month and spend 10% of it. How much will I have saved after a year?",
    ],
)
async def test_regular_amounts_asked_otherwise_are_declined(request_text: str):
    await refused(request_text)
