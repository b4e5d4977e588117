"""Paraphrases of a duration asked in hours and minutes and of a percentage below or above a reference amount;
near-misses with no duration, or the direction the other way, decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        ("My shift runs from 19:30 until 07:45. How long is that shift in hours and minutes?", "12 h 15 min"),
        ("My night shift runs from 19.30 until 07.45. How long is that shift in hours and minutes?", "12 h 15 min"),
        ("How long is it from 19:30 to 07:45 in hours and minutes?", "12 h 15 min"),
        ("What's 186 miles at 50 mph in hours and minutes?", "3 h 43 min"),
    ],
)
async def test_the_duration_is_shown_in_hours_and_minutes(request_text: str, shown: str):
    assert shown in (await solved(request_text))["answer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Vendor's asking price was £325,000 and they've just accepted £312,000. What percentage below asking is "
            "that?",
            4,
        ),
        (
            "The asking price was £325,000 and they accepted £312,000. What percentage is that below the asking price?",
            4,
        ),
        ("The list price was $40 and I paid $34. What percent below the list price is that?", 15),
        ("The guide price was £400,000 and it sold for £432,000. What percentage above the guide price is that?", 8),
    ],
)
async def test_the_percentage_below_or_above(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "What is 5 + 3 in hours and minutes?",
        "They accepted £312,000 against an asking price of £325,000. What percentage below asking is that?",
        "The asking price was £325,000 and they accepted £340,000. What percentage below asking is that?",
    ],
)
async def test_no_duration_or_the_wrong_direction_declines(request_text: str):
    await refused(request_text)
