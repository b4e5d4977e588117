"""Paraphrases of a conversion with its factor said as a sentence or clause of its own ('1 mile = 1.609344 km. The
courier drove 157 miles ...', '... how many metres? 1 yd = 0.9144 m', '(1 st = 14 lb, 1 lb = 0.45359237 kg)'): the
factor agrees with the calculator's, so it only says how to convert; near-misses where the factor differs, a second
amount is told, or nothing is given to convert."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("1 mile = 1.609344 km. The courier drove 157 miles today; how many km is that, to 2dp?", 252.67),
        ("1 mile = 1.609344 km. Courier did 157 miles, how many km?", 252.67),
        ("The courier did 157 miles today, how many km? 1 mile = 1.609344 km", 252.67),
        ("how many km is 157 miles? 1 mile = 1.609344 km, 2 dp pls", 252.67),
        ("airport run was 42 km, how many miles? 1 mile = 1.609344 km, 2dp", 26.10),
        ("drill says 100 yds, how many metres? 1 yd = 0.9144 m", 91.44),
        ("70 mph in km/h? 1 mile = 1.609344 km, round to nearest whole number", 113),
        ("patient says 11 stone 4 lb, convert to kg to 1 dp (1 st = 14 lb, 1 lb = 0.45359237 kg)", 71.7),
        ("patient is 11 st 4 lb, what is that in kg? 1 st = 14 lb, 1 lb = 0.45359237 kg", 71.67),
    ],
)
async def test_a_factor_said_on_its_own_says_how_to_convert(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "1 mile = 1.6 km. The courier drove 157 miles today; how many km is that?",
        "how many km is 157 miles? 1 mile = 1.6 km",
        "patient is 11 st 4 lb, what is that in kg? 1 st = 14 lb, 1 lb = 0.45 kg",
        "1 mile = 1.609344 km. The courier drove 157 miles today and 20 km yesterday; how many km is that?",
        "1 mile = 1.609344 km. How many km?",
    ],
)
async def test_a_factor_of_its_own_or_a_second_amount_is_declined(request_text: str):
    await refused(request_text)
