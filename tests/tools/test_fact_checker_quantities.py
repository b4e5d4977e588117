"""A claim said of all or most of a kind ("All bats hunt with echolocation", "Most bats ...") is read as a claim,
not passed over (the word after the quantifier is its noun, not its verb), and only a passage that says it of as
many supports it: "Many smaller bats also hunt with echolocation" says it of some, so the claim stays unverified;
"Every bat species can see" supports "All bats can see". A denial still contradicts."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Fact-check: all bats hunt with echolocation.", "unverified"),
        ("Most bats hunt with echolocation", "unverified"),
        ("Is it true that every bat hunts with echolocation?", "unverified"),
        ("All bats can see", "supported"),
        ("Most bats can see", "supported"),
        ("All spiders are insects", "contradicted"),
        ("Many bats hunt with echolocation", "supported"),
    ],
)
async def test_a_claim_about_all_or_most_needs_a_passage_saying_as_much(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]
