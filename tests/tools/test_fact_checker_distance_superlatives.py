"""A superlative of distance reads the same before or after its noun: "Mercury is the closest planet to the Sun"
is supported by the note's "Mercury is the planet closest to the Sun" (it was unverified: the passage "did not say
it is the closest planet"), and "Venus is the closest planet to the Sun" is contradicted by it, as the place has
one holder. A distance the notes rank in no way, or another word for it, stays unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Mercury is the closest planet to the Sun.", "supported"),
        ("Fact check: the closest planet to the Sun is Mercury", "supported"),
        ("is it true Mercury's the planet closest to the Sun?", "supported"),
        ("Check if Venus is the closest planet to the Sun", "contradicted"),
        ("My son says Earth is the planet closest to the Sun", "contradicted"),
        ("Is Mars the closest planet to the Sun?", "contradicted"),
        ("Neptune is the planet farthest from the Sun", "supported"),
        ("Uranus is the farthest planet from the Sun", "contradicted"),
    ],
)
async def test_a_distance_superlative_is_decided_either_way_round(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Mars is the nearest planet to the Sun",  # the notes say "closest", a word of their own to rank by
        "The Moon is the closest moon to Jupiter",
    ],
)
async def test_a_distance_no_note_ranks_that_way_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
