"""How far one thing is from another is decided by the note's figure for the distance between the two ("The
Earth sits roughly 15 million km from the Sun" against "The average distance between the Earth and the Sun is
about 149.6 million kilometres": contradicted; it was unverified), or for the note's subject from the other ("Its
average distance from Earth is about 384,400 kilometres" in the note on the Moon). A distance no note gives stays
unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("The Earth sits roughly 15 million km from the Sun.", "contradicted"),
        ("Is it true the Earth is about 150 million kilometres from the Sun?", "supported"),
        ("Earth is 93 million miles from the Sun, right?", "supported"),
        ("my son says the Sun is 1 million miles from the Earth", "contradicted"),
        ("the moon is 38,000 km from Earth", "contradicted"),
        ("Fact check: the Moon is around 384,000 km away from Earth", "supported"),
    ],
)
async def test_a_distance_is_decided_by_the_notes_figure_for_it(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    ["Mars is 150 million km from the Sun", "Jupiter lies about 780 million km from the Sun"],
)
async def test_a_distance_no_note_gives_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
