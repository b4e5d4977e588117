"""Where a thing's name comes from is one claim however it is said ("is named after", "was named for", "takes its
name from", "got its name from"), and a note's "The name comes from Y, not from Z" (its topic's name) decides it
both ways: Y supports, Z is denied. The denying tail denies only its own words, not the rest of the sentence."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("True or false: Python got its name from the snake.", "contradicted"),
        ("Python is named after the snake", "contradicted"),
        ("Is it true that Python takes its name from a snake?", "contradicted"),
        ("Python was named after a comedy group", "supported"),
        ("Is it true that Python takes its name from Monty Python?", "supported"),
        ("The Great Wall of China is visible from the Moon", "contradicted"),
    ],
)
async def test_where_a_name_comes_from_is_judged_however_it_is_said(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Python got its name from Guido van Rossum's cat",
        "Rust is named after a fungus",  # the notes do not say where Rust's name comes from
    ],
)
async def test_a_name_the_notes_do_not_explain_stays_unverified(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "unverified", data["answer"]
