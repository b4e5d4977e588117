"""A mountain range lies on one continent (the Alps in Europe, the Andes in South America, the Himalayas in Asia,
the Rockies in North America), so a claim that puts a thing in a range is read as putting it on that continent:
notes that place the thing on another continent contradict it. A range on the thing's own continent, which the
notes do not name, is not decided so."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Check this claim: Mount Kilimanjaro is in the Alps.", "contradicted"),
        ("Mount Everest is in the Andes", "contradicted"),
        ("Kilimanjaro is in the Rocky Mountains", "contradicted"),
        ("is it true that Mount Kilimanjaro lies in the Himalayas?", "contradicted"),
        ("Someone said Everest is in the Alps", "contradicted"),
        ("Mont Blanc is in the Alps", "supported"),
    ],
)
async def test_a_range_on_another_continent_is_contradicted(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize("request_text", ["Mount Everest is in the Himalayas", "Mont Blanc is in the Pyrenees"])
async def test_a_range_the_notes_do_not_speak_of_stays_unverified(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"
