"""Where most of a thing lies ("Most of the Amazon rainforest lies in Brazil", "Most cheetahs live in Africa") is
judged by a note that opens on the thing and puts most of it somewhere ("..., most of it in Brazil", "..., most of
them in Africa"): the same place supports it, another country or continent contradicts it. Where no note places
most of it, the claim is left to the ordinary check."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Fact-check: most of the Amazon rainforest lies in Brazil.", "supported"),
        ("the bulk of the Amazon rainforest grows in Brazil", "supported"),
        ("The majority of the Amazon rainforest lies in Peru", "contradicted"),
        ("most cheetahs live in Africa", "supported"),
        ("Most cheetahs live in Asia, right?", "contradicted"),
        ("my uncle says most of the world's cheetahs are found in Africa", "supported"),
        ("Most of the Amazon rainforest is in Colombia - true?", "contradicted"),
    ],
)
async def test_where_most_of_a_thing_lies_is_judged_by_the_note_placing_it(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize("request_text", ["Most of the Sahara lies in Egypt", "Most pandas live in China"])
async def test_where_no_note_places_most_of_it_the_claim_is_not_decided_so(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"
