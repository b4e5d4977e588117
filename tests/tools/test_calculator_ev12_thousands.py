"""Amounts written in a hurry: a bare number with a small 'k' is thousands ('from 1.2k to 1,530'), and a list of
amounts where the currency sign is written on only some of them is in that currency ('3,200, 4,150 and £5,075').
Temperatures keep their kelvin, races their distance, and lists of two currencies or of money and a unit decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("visitors went from 2.4k in May to 3,000 in June, what's the percentage increase?", 25),
        ("revenue was 1,800 in march and 2.7k in april. percent increase?", 50),
        ("whats 4.5k divided by 9", 500),
        ("total of 1.5k, 2,250 and 900", 4650),
        ("orders fell from 5k to 4,000 this year, what % decrease is that", 20),
    ],
)
async def test_a_small_k_on_a_bare_number_is_thousands(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("convert 300k to fahrenheit", 80.33),
        ("ran a 10k in 50 minutes, what was my pace per km", 5),
    ],
)
async def test_kelvin_and_races_keep_their_k(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Invoiced 2.1k, 3,400, 1900 and £4,000 this month. What's my total?", 11400),
        ("takings were 300, 450 and £600 this week. What's the total?", 1350),
        ("average of £120, 80 and 100", 100),
        ("sum of 12.50, 7.25 and £30", 49.75),
    ],
)
async def test_a_currency_sign_on_some_of_a_list_is_every_amounts(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == result
    assert "£" in answer["answer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "sum of £12, €5 and 7",
        "total of £1,200, 300 and 2.5 kg",
        "the mean of 3, 4 and 5 kg and £6",
    ],
)
async def test_a_list_of_two_currencies_or_money_and_a_unit_is_declined(request_text: str):
    assert "one unit" in await refused(request_text)
