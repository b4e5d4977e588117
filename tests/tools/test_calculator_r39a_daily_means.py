"""A mean asked of a list of one day's (or one month's) figures, named by its period ('the average a day', 'the
daily average'), and near-misses: a list not said to be of that period, another period, a second question, a sum
asked instead."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Parcels delivered each day: 41, 38, 52 and 45. What's the daily average?", 44),
        ("Calls handled per day this fortnight: 12, 15, 9, 14. What is our average a day?", 12.5),
        ("The café took £320, £410, £385 and £290, Monday to Thursday. What was the average per day?", 351.25),
        ("Mon to Fri the bakery sold 140, 152, 133, 161 and 170 loaves. Average a day?", 151.2),
        ("Monthly water bills were €42, €38 and €45. What's the monthly average?", 41.67),
        ("Footfall Monday to Wednesday was 410, 388 and 502. Whats the daily mean?", 433.33),
    ],
)
async def test_a_mean_named_by_the_period_each_figure_is_of(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The till took £410, £395, £520 and £610. What's the average a day?",
        "Sold $1,200, $950 and $1,430 of stock. What is the mean per day?",
        "Fares came to £88, £104 and £97. Average a week?",
        "Takings Monday to Thursday were £410, £395, £520 and £610. What's the total a day?",
        "Parcels delivered per day: 41, 38, 52 and 45. What's the weekly average?",
        "Parcels delivered each week: 41, 38, 52 and 45. What's the daily average?",
        "Weekly sales were £612, £548 and £731. Whats the average a day?",
        "Takings Tuesday to Friday were £612, £548, £731, £1,094 and £1,287. Whats the average a day?",
        "Takings Monday to Friday were £612, £548 and £731. Whats the average a day?",
        "Parcels delivered each day: 41, 38, 52 and 45. What's the daily average if we drop the 52?",
    ],
)
async def test_a_period_the_figures_are_not_said_to_be_of_is_declined(request_text: str):
    await refused(request_text)
