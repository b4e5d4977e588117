"""How long light takes to reach Earth is checked against the notes (about 8 minutes 20 seconds from the Sun, 1.3
seconds from the Moon), however the claim words it: "light from the Sun", "sunlight", "takes ... to reach", "gets
to". A duration written as "an hour" or "a minute" is a figure too, so it is never supported by a note that gives
minutes and seconds."""

from __future__ import annotations

import pytest
from conftest import fact_check

from servers.tools.fact_checker.figures import find_figures

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Is it true that light from the Sun takes about 8 minutes to reach Earth?", "supported"),
        ("sunlight reaches the earth in about eight minutes, is that right?", "supported"),
        ("Light from the Sun reaches Earth in about 8 minutes.", "supported"),
        ("Sunlight takes 8 minutes to get to Earth", "supported"),
        ("Light from the Moon reaches Earth in about 1.3 seconds.", "supported"),
        ("Light from the Sun takes about 20 minutes to reach Earth", "contradicted"),
        ("Light from the Sun takes a minute to reach Earth.", "contradicted"),
    ],
)
async def test_how_long_light_takes_to_reach_earth_is_checked(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


async def test_an_hour_is_not_supported_by_a_note_that_gives_minutes(tmp_path):
    data = await fact_check(tmp_path, "Sunlight takes about an hour to reach Earth.")
    assert data["verdict"] != "supported", data["answer"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [("It takes about an hour", (1, "hour", "about")), ("It took a minute", (1, "minute", ""))],
)
def test_one_unit_of_time_is_a_figure(text, figure):
    found = find_figures(text).figures
    assert [(f.value, f.unit, f.bound) for f in found] == [figure]


@pytest.mark.parametrize("text", ["It happens once a year", "The Earth turns once a day", "sleep 8 hours a day"])
def test_a_rate_is_no_duration_of_one_unit(text):
    assert all(f.text[:2] not in ("a ", "an") for f in find_figures(text).figures)
