"""Paraphrases of a total of an amount each said as an average ('on average each took 212 litres. How many in
total?'), and near-misses asking something an average cannot give, or with a second average or amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We milked 38 cows this morning and on average each gave 24 litres. How many litres altogether?", 912),
        ("17 delivery vans went out and each covered 146 miles on average. How many miles in total?", 2482),
        (
            "Worming 40 calves, the dose is 1 ml per 20 kg and the average calf weighs 150 kg. How many ml in total?",
            300,
        ),  # fmt: skip
        ("Treating 12 goats, 3 ml per 25 kg, and I'm going off an average goat of 50 kg. How many ml altogether?", 72),
        ("Weighed 26 lambs today and on average each one weighed 31 kg. How many kg is that in total?", 806),
    ],
)
async def test_a_total_of_an_average_each(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We milked 38 cows and on average each gave 24 litres. How many cows gave more than 30 litres?",
        "17 delivery vans went out and each covered 146 miles on average. What's the longest any van did?",
        "We milked 38 cows and on average each gave 24 litres, on average 3 litres more than last year. How many "
        "litres altogether?",
        "We milked 38 cows and on average each gave 24 litres. How many litres does the average cow give?",
        "Worming 40 calves, the dose is 1 ml per 20 kg and the average calf weighs 150 kg. How many ml for the "
        "biggest calf?",
        "Treating 12 goats, 3 ml per 25 kg, going off an average goat of 50 kg and an average kid of 20 kg. How many "
        "ml altogether?",
    ],
)
async def test_an_average_not_asked_as_a_total_is_declined(request_text: str):
    await refused(request_text)
