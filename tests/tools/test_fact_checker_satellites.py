"""A note that a body is another's satellite ("The Moon is Earth's only natural satellite") says that it orbits
it; a claim of that orbit is supported. Only notes are read this way: a claim that orbits another body, or that
turns the orbit round, is not supported by it."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.implied import implied

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "request_text",
    [
        "Fact-check the claim that the Moon orbits the Earth",
        "Claim: the Moon orbits Earth.",
        "Does the Moon go round the Earth?",
        "Is it true that the Moon revolves around the Earth?",
    ],
)
async def test_an_orbit_is_supported_by_a_note_that_names_the_satellite(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "supported"


@pytest.mark.parametrize(
    "request_text",
    ["Claim: the Moon orbits Mars.", "Is it true that the Earth orbits the Moon?"],
)
async def test_another_orbit_is_not_supported_by_it(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) != "supported"


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ("Titan, Saturn's largest moon, has a thick atmosphere.", ["Titan orbits Saturn."]),
        ("Europa is one of Jupiter's moons.", ["Europa orbits Jupiter."]),
        ("Ganymede is the largest moon of Jupiter.", ["Ganymede orbits Jupiter."]),
        ("The ISS is a satellite.", []),
        ("Apollo 11 was the first crewed Moon landing.", []),
    ],
)
def test_what_a_note_on_a_satellite_implies(passage, said):
    assert implied(passage) == said
