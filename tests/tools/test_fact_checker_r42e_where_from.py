"""Round 42: "originally" says when, not where: "Coffee came originally from Brazil" claims the place Brazil as much
as "Coffee came from Brazil" does, so a note that says it came originally from Ethiopia does not back it for sharing
the word. Where a food or a breed comes from is decided by the note that says where it first grew."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Avocados originally come from Mexico", "supported"),
        ("Merino sheep originally came from Spain, right?", "supported"),
        ("Potatoes originally come from South America", "supported"),
        ("Fact check me! A customer swore chili peppers originally come from Asia.", "contradicted"),
        ("the lads at the chippy reckon potatoes originally come from Ireland", "contradicted"),
        ("Coffee came originally from Ethiopia", "supported"),
    ],
)
async def test_where_a_food_first_grew_is_decided_by_its_note(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Coffee came originally from Brazil",
        "Avocados came originally from Spain",
        "Tomatoes come originally from Italy",
        "Bananas come originally from Brazil",
        "Chocolate came originally from Switzerland",
    ],
)
async def test_another_place_is_not_backed_by_the_word_originally(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) != "supported"
