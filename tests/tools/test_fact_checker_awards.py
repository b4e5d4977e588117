"""What a prize was given for: a note that says the prize was "not for" the claimed reason contradicts the claim
("Einstein won his Nobel Prize for the theory of relativity" against "His Nobel Prize ... was for explaining the
photoelectric effect, not for relativity"; it was unverified), and one that says it was for the claimed reason
supports it. A reason the note neither gives nor denies stays unverified: a prize can be for several things."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Einstein won his Nobel Prize for the theory of relativity", "contradicted"),
        ("Fact check: Albert Einstein got the Nobel Prize in Physics for relativity.", "contradicted"),
        ("Is it true that Einstein was awarded the Nobel Prize for general relativity?", "contradicted"),
        ("my teacher said Einstein received the Nobel Prize for his theory of relativity", "contradicted"),
        ("Einstein won the Nobel Prize for the photoelectric effect", "supported"),
        ("Check this: Einstein earned a Nobel Prize for explaining the photoelectric effect", "supported"),
    ],
)
async def test_what_a_prize_was_for_is_decided_by_the_note_saying_so(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Einstein won the Nobel Prize for peace",  # neither given nor denied
        "Einstein won an Oscar for relativity",  # another prize
    ],
)
async def test_a_reason_the_notes_neither_give_nor_deny_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
