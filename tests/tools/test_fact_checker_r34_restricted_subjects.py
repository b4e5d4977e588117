"""Round 34: a restriction of the subject ("that is sealed and kept dry", ", if sealed and kept dry,", "kept dry") is
read as a condition, the main clause's negation is kept, and a condition the notes do not state leaves the claim
unverified; evidence about "the Python Software Foundation" or "Python 2.0" is not about Python."""

from __future__ import annotations

import pytest

from tests.tools.conftest import verdict

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Honey that is sealed and kept dry never goes off", "supported"),
        ("Honey that is sealed and kept dry does not go off", "supported"),
        ("Honey that is kept sealed and dry never goes bad", "supported"),
        ("Honey, if sealed and kept dry, never goes off", "supported"),
        ("Honey, when it is sealed and kept dry, never goes off", "supported"),
        ("Honey never goes off if it is sealed and kept dry", "supported"),
        ("Is it true that honey that is sealed and kept dry never goes off?", "supported"),
        ("Fact-check: honey that is sealed and kept dry never goes off.", "supported"),
        ("Honey that is sealed and kept dry goes off", "contradicted"),
        ("Honey that is sealed and kept dry goes off quickly", "contradicted"),
        ("Honey, if sealed and kept dry, goes off within a year", "contradicted"),
        ("Honey that is left open in a damp kitchen never goes off", "unverified"),
        ("Honey never goes off if it is left open in a damp kitchen", "unverified"),
        ("Honey kept dry never goes off", "supported"),
        ("Honey sealed and kept dry never goes off", "supported"),
        ("Honey kept open never goes off", "unverified"),
        ("Honey stored in a damp cellar never goes off", "unverified"),
        ("Honey never goes off when it is kept in the fridge", "unverified"),
        ("Fleming discovered penicillin in 1928", "supported"),
        ("Fleming did not discover penicillin", "contradicted"),
        ("TCP retransmits data that is not acknowledged", "supported"),
        ("The Titanic left Southampton in 1912 and sank on 10 April", "contradicted"),
    ],
)
async def test_a_restricted_subject_is_judged_by_its_main_clause(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Python was founded in 2001", "unverified"),
        ("Python was released in 2000", "unverified"),
        ("Python was released in 2024", "unverified"),
        ("Rust was founded in 2021", "unverified"),
        ("The Python Software Foundation was founded in 2001", "supported"),
        ("The Rust Foundation was founded in 2021", "supported"),
        ("Python 3.13 was released in 2024", "supported"),
        ("Python 3.0 was released in 2024", "contradicted"),
        ("Napoleon Bonaparte died in 1821", "supported"),
        ("Git was created in 1991", "contradicted"),
    ],
)
async def test_evidence_about_a_longer_name_or_a_version_is_not_about_the_thing(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected
