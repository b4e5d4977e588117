"""A country a note names only as a neighbour does not hold the thing: "Mount Kilimanjaro is in Kenya" against
"Mount Kilimanjaro, in northeastern Tanzania near the border with Kenya" is contradicted (it was unverified, the
note naming Kenya). A note that shares the thing between two countries, names the claimed country as more than
a neighbour, or names it nowhere, decides nothing here; the country the note gives is still supported."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]

VERIN = "Lake Verin, in southern Austria near the border with Slovenia, is a deep glacial lake."
ORLAN = "Mount Orlan lies in northern Chile, close to Bolivia, and last erupted long ago."
SHARED = "Mount Tessel stands on the border between Austria and Italy, and both countries run huts on it."
ALSO = "Mount Brenna, in western Peru near the border with Bolivia, also has a glacier that reaches Bolivia."


@pytest.mark.parametrize(
    "request_",
    [
        "My friend says Mount Kilimanjaro is in Kenya. Is that right?",
        "Mount Kilimanjaro is in Kenya",
        "Is Kilimanjaro in Kenya?",
        "Kilimanjaro is located in Kenya, true or false?",
        "Someone told me Mount Kilimanjaro is in Kenya",
        "fact check: kilimanjaro is situated in Kenya",
    ],
)
async def test_a_country_named_as_the_neighbour_contradicts(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "contradicted", data["answer"]
    assert "Tanzania" in data["answer"]


@pytest.mark.parametrize(
    ("request_", "title", "note"),
    [
        ("Lake Verin is in Slovenia", "Lake Verin", VERIN),
        ("Is it true that Mount Orlan is in Bolivia?", "Mount Orlan", ORLAN),
    ],
)
async def test_an_added_note_that_names_the_neighbour_contradicts(tmp_path, request_, title, note):
    data = await fact_check(tmp_path, request_, **{title: note})
    assert data["verdict"] == "contradicted", data["answer"]


@pytest.mark.parametrize(
    ("request_", "documents", "expected"),
    [
        ("Mount Kilimanjaro is in Tanzania", {}, "supported"),
        ("Mount Kilimanjaro is in Uganda", {}, "unverified"),  # named nowhere: not decided here
        ("Mount Tessel is in Italy", {"Mount Tessel": SHARED}, "unverified"),  # shared by two countries
        ("Mount Brenna is in Bolivia", {"Mount Brenna": ALSO}, "unverified"),  # named as more than a neighbour
        ("Lake Verin is near Slovenia", {"Lake Verin": VERIN}, "supported"),
    ],
)
async def test_a_note_that_does_not_keep_the_thing_out_decides_nothing_here(tmp_path, request_, documents, expected):
    data = await fact_check(tmp_path, request_, **documents)
    assert data["verdict"] == expected, data["answer"]
