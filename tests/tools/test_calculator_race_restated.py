"""A race named with its distance in brackets ('a half marathon (13.1 miles)') is run over the distance the user gives,
and 'I want to' or 'I'd like to' before the request only says what the user means to do; a bracketed distance that
is not the race's stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "minutes_per_unit"),
    [
        ("I want to run a half marathon (13.1 miles) in 2 hours 11 minutes, what pace per mile is that?", 10),
        ("ran a marathon (26.2 miles) in 4 hours 30 minutes, what pace per mile?", 270 / 26.2),
        ("did a 10k (6.2 miles) in 55 minutes, pace per mile?", 55 / 6.2),
        ("ran a half marathon (21.1 km) in 2 hours, pace per km?", 120 / 21.1),
        ("I want to run 13.1 miles in 2 hours 11 minutes, what pace per mile is that?", 10),
        ("I'd like to run a 5k (3.1 miles) in 31 minutes, what pace per mile is that?", 10),
    ],
)
async def test_a_race_with_its_distance_said(request_text: str, minutes_per_unit: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(minutes_per_unit)
    assert solution["unit"].startswith("minutes per")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "ran a half marathon (15 miles) in 2 hours, pace per mile?",
        "ran a marathon (20 km) in 4 hours, pace per km?",
    ],
)
async def test_a_bracketed_distance_that_is_not_the_race_is_declined(request_text: str):
    await refused(request_text)
