"""Where someone was born is said only in what a passage says of the birth: "Marie Curie was born in Paris" is no
longer supported by "born Maria Skłodowska in Warsaw ... who worked in Paris" (it was, every word being there); a
note that gives another known city (or country) of birth contradicts it. A birthplace the note may hold ("born in
France" against "born in Ajaccio, on the island of Corsica"), or one no note names, stays unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]

OSKAR = "Oskar Lind, born in Stockholm in 1901, was a Swedish painter who lived and worked in Paris for thirty years."
GRETA = "Greta Holm was a singer. She was born in Oslo and later moved to Berlin, where she died."


@pytest.mark.parametrize(
    ("request_", "documents", "expected"),
    [
        ("Marie Curie was born in Paris", {}, "contradicted"),
        ("Is it true that Marie Curie was born in Paris?", {}, "contradicted"),
        ("Marie Curie was born in Warsaw", {}, "supported"),
        ("my teacher says Marie Curie was born in Warsaw in 1867", {}, "supported"),
        ("Shakespeare was born in Stratford-upon-Avon", {}, "supported"),
        ("Napoleon was born in Corsica", {}, "supported"),
        ("Oskar Lind was born in Paris", {"Oskar Lind": OSKAR}, "contradicted"),
        ("Oskar Lind was born in Stockholm", {"Oskar Lind": OSKAR}, "supported"),
        ("Greta Holm was born in Berlin", {"Greta Holm": GRETA}, "contradicted"),
        ("Greta Holm was born in Oslo", {"Greta Holm": GRETA}, "supported"),
    ],
)
async def test_a_birthplace_is_read_from_what_the_note_says_of_the_birth(tmp_path, request_, documents, expected):
    data = await fact_check(tmp_path, request_, **documents)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Napoleon was born in Paris",  # Ajaccio is no city the checker knows: it cannot tell it from Paris
        "Napoleon was born in France",  # Corsica may lie in it
        "Shakespeare was born in London",
        "Marie Curie was born in France",
        "Einstein was born in Berlin",
    ],
)
async def test_a_birthplace_the_note_may_hold_or_does_not_name_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
