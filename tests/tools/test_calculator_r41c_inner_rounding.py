"""Paraphrases with the decimal places asked inside the request, closed off by punctuation ('weights, to 1dp:
2.35, ...', 'To 2 decimal places, what's ...', 'the average, to 2 dp, of ...'); near-misses asking the places twice
or with the rest not understood in full."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Total of these parcel weights for the driver, to 1dp: 2.35, 4.18, 1.07, 3.96 and 0.82 kg", 12.4),
        ("Sum of the bag weights to 1dp: 2.35, 4.18 and 0.82 kg", 7.4),
        ("To 2 decimal places, what's the mean of 61, 63 and 59 seconds?", 61),
        ("What's the average, to 2 decimal places, of 3, 4 and 4?", 3.67),
        ("to 2 dp, what's 10 divided by 3", 3.33),
        ("So, to 1 dp, what's 14.5 miles in km?", 23.3),
    ],
)
async def test_places_asked_inside_the_request(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "To 1dp, what's 10 divided by 3, to 2dp?",
        "To 1dp, what's 10 divided by 3 to the nearest whole number?",
        "what's 10 divided by 3 to the nearest whole number, to 1dp?",
        "To 1dp, 2 people share 3 cakes",
        "what's 7 to 1dp, 9",
        "To 1dp, what's the total of 2.35, 4.18 and 0.82 kg, and the mean to 2 dp:",
    ],
)
async def test_places_asked_twice_or_a_rest_not_understood_is_declined(request_text: str):
    await refused(request_text)
