"""A superlative held within a named scope has one holder: "Mars is the largest planet in the solar system" is
contradicted by the note that names Jupiter the largest planet in the Solar System, whatever the scope's case or
the claim's framing. A note that names no holder of that superlative in that scope leaves the claim unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Someone told me Mars is the largest planet in the solar system.", "contradicted"),
        ("My brother reckons Saturn is the biggest planet in the solar system", "contradicted"),
        ("Is it true that Neptune is the largest planet in the Solar System?", "contradicted"),
        ("Titan is the largest moon in the Solar System", "contradicted"),
        ("Fact-check: the Amazon is the longest river in Africa", "contradicted"),
        ("Is Jupiter the largest planet in the solar system?", "supported"),
        ("Ganymede is the largest moon in the solar system", "supported"),
    ],
)
async def test_a_superlative_in_a_scope_is_decided_by_the_note_naming_its_holder(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Neptune is the smallest planet in the Solar System",  # the notes name no smallest planet
        "Is it true that Mars has the largest moon in the Solar System?",
        "London is the capital of the Solar System",
    ],
)
async def test_a_superlative_no_note_ranks_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
