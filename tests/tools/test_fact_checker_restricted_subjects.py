"""A claim whose subject is restricted by a clause keeps the negation of its main clause: "Honey that is sealed and
kept dry never goes off" says honey never goes off (when sealed and dry), which the note on honey supports."""

from __future__ import annotations

import pytest

from tests.tools.conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Honey that is sealed and kept dry never goes off", "supported"),
        ("Honey, if sealed and kept dry, never goes off", "supported"),
        ("Honey that is sealed and kept dry goes off", "contradicted"),
    ],
)
async def test_the_main_clause_keeps_its_negation_after_a_restriction(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


async def test_a_condition_the_notes_do_not_state_leaves_the_claim_unverified(tmp_path):
    assert await verdict(tmp_path, "Honey kept open never goes off") == "unverified"


async def test_a_foundation_named_after_a_thing_is_not_the_thing(tmp_path):
    assert await verdict(tmp_path, "Python was founded in 2001") == "unverified"
