"""Round 43: the nations of the United Kingdom (England, Scotland, Wales, Northern Ireland) do not overlap, so a
structure a note puts in one (a wheel, a tower, a theatre) is not in another; but each lies inside the United
Kingdom, so a note that says Scotland decides nothing about the United Kingdom or a country."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.places import claimed_place

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A customer swore blind the Falkirk Wheel is in Wales. Is that right?", "contradicted"),
        ("one of the hirers reckons the falkirk wheel is in England", "contradicted"),
        ("Is it true the Falkirk Wheel is in Scotland?", "supported"),
    ],
)
async def test_a_structure_in_one_nation_is_not_in_another(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The Falkirk Wheel is in the United Kingdom",
        "The Falkirk Wheel is in Ireland",
        "The Tower of London is in Wales",
    ],
)
async def test_a_nation_decides_nothing_about_a_country_or_an_unplaced_note(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text) == "unverified"


def test_a_nation_is_its_own_kind_of_place() -> None:
    placed = claimed_place("The Falkirk Wheel is in Wales")
    assert placed is not None and placed.kind == "nation"
    country = claimed_place("The Falkirk Wheel is in the United Kingdom")
    assert country is not None and country.kind == "country"
