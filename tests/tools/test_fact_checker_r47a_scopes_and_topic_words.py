"""A superlative within a narrower scope ("the longest river in West Africa") says nothing of a wider one ("in
Africa"), so it never supports it; and a note says things of its topic by its kind or its water alone ("The water is
about ten times saltier than the ocean" in the note on the Dead Sea)."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = pytest.mark.anyio


async def test_a_narrower_scope_does_not_support_a_wider_one(tmp_path):
    notes = {
        "Rivers of Africa": "The Niger is the longest river in West Africa. The Nile is the longest river in Africa."
    }
    assert await verdict(tmp_path, "The Niger is the longest river in Africa.", **notes) == "contradicted"
    assert await verdict(tmp_path, "Is the Niger the longest river in West Africa?", **notes) == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Is it true that the Dead Sea is much saltier than the ocean?", "supported"),
        ("The Dead Sea is saltier than the ocean.", "supported"),
    ],
)
async def test_the_water_of_a_note_on_a_lake_is_the_lake(tmp_path, claim: str, expected: str):
    assert await verdict(tmp_path, claim) == expected


async def test_a_measure_after_the_scope_is_no_narrower_scope(tmp_path):
    notes = {"Lakes": "Lake Victoria is the largest lake in Africa by area and the largest tropical lake in the world."}
    assert await verdict(tmp_path, "Lake Victoria is the biggest lake in Africa.", **notes) == "supported"
