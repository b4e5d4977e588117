"""A river said to flow or run through a place ("the river Nile flows through Brazil", "the Amazon runs across
Kenya") is placed there as "is in" places it: notes that put it on another continent contradict it. A country on
two continents (Egypt) or one on the river's own continent decides nothing, and agreement is left to the ordinary
check."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("fact check - the river Nile flows through Brazil", "contradicted"),
        ("The Nile runs across Asia", "contradicted"),
        ("is it true that the Nile flows through India?", "contradicted"),
        ("The Amazon river flows through Kenya", "contradicted"),
        ("my quiz sheet says the Nile runs through Argentina", "contradicted"),
        ("The Nile flows through Mexico, right?", "contradicted"),
    ],
)
async def test_a_river_run_through_another_continent_is_contradicted(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["The Amazon flows through Egypt", "The Nile flows through Sudan", "The Orinoco flows through Brazil"],
)
async def test_a_place_the_notes_do_not_rule_out_is_not_decided(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"
