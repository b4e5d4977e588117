"""A subject named with its kind ("the Python language", "the river Nile") is the thing a note titled with its
name speaks of through "it" or "the name": the kind word may stand anywhere in the note. So "the Python language
was named after Monty Python" is judged by "The name comes from the British comedy group Monty Python, not from
the snake" in the note on Python's history, as "Python was named after Monty Python" is."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is it true that the Python language was named after Monty Python?", "supported"),
        ("the Python language was named after the snake", "contradicted"),
        ("fact check: the Python language got its name from Monty Python", "supported"),
        ("Python was named after Monty Python", "supported"),
        ("my lecturer says the Python language is named for the snake", "contradicted"),
        ("The Python language takes its name from Monty Python, right?", "supported"),
    ],
)
async def test_a_subject_named_with_its_kind_is_the_notes_topic(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text", ["The Python language was created in 1975", "the Rust language was named after Monty Python"]
)
async def test_what_the_note_does_not_say_of_it_stays_unverified(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"
