"""A superlative over a kind named after "of" ("the smallest of the world's oceans", "the largest of all the
planets") ranks that kind, as "the smallest ocean" does: the note's opposite superlative of the same kind
contradicts it and the same one supports it. A superlative no note gives of the subject stays unverified."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is this accurate? 'The Pacific is the smallest of the world's oceans.'", "contradicted"),
        ("the Pacific is the largest of the world's oceans", "supported"),
        ("Jupiter is the smallest of all the planets", "contradicted"),
        ("Fact check: Jupiter is the largest of all the planets", "supported"),
        ("Mercury is the largest of the planets, right?", "contradicted"),
        ("my teacher said the Nile is the longest of the world's rivers", "supported"),
    ],
)
async def test_a_superlative_of_a_kind_after_of_is_judged(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Is Mars the smallest of the planets?",
        "The Pacific is the deepest of its neighbours",
    ],
)
async def test_a_superlative_the_notes_do_not_give_stays_unverified(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"
