"""A claim said with a hedge or a viewpoint around it ("botanically speaking", "technically", "as far as I know",
"in fact"): the hedge is not what the claim is about, and a field's viewpoint is checked as the sense it names."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.claims import without_hedges

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Can you fact-check this: botanically speaking, a tomato is a fruit.", "supported"),
        ("Technically, a tomato is a fruit - true?", "supported"),
        ("Is it true that, strictly speaking, a tomato is a fruit?", "supported"),
        ("Fact check: a tomato is, botanically speaking, a fruit.", "supported"),
        ("A tomato is a fruit, botanically speaking. Right?", "supported"),
        ("As far as I know, the capital of Australia is Canberra. Is that right?", "supported"),
        ("Verify: strictly speaking, Mount Everest is the highest mountain above sea level.", "supported"),
        ("Fact-check: technically speaking, Pluto is a dwarf planet.", "supported"),
        ("Check this: the Eiffel Tower was finished in 1889, as far as I know.", "supported"),
        ("To my knowledge, penicillin was discovered by Alexander Fleming in 1928. Correct?", "supported"),
        ("Technically, the capital of Australia is Sydney. Fact-check that.", "contradicted"),
        ("Strictly speaking, the Berlin Wall fell in 1991. Right?", "contradicted"),
        ("Apparently Napoleon was really short. Could you verify this?", "contradicted"),
        ("I'm pretty sure the capital of Australia is Sydney. Fact-check that?", "contradicted"),
        ("I could be wrong, but the Titanic sank in 1912. Right?", "supported"),
    ],
)
async def test_a_hedge_around_the_claim_is_not_its_subject(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


async def test_a_viewpoint_is_checked_as_the_sense_it_names(tmp_path):
    # the note calls a tomato a vegetable only in cooking: botanically it is never supported as one
    assert await verdict(tmp_path, "Botanically speaking, a tomato is a vegetable. True?") != "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("botanically speaking, a tomato is a fruit.", "a tomato is a fruit in the botanical sense."),
        ("In legal terms, a tomato is a vegetable", "a tomato is a vegetable in the legal sense"),
        ("Scientifically speaking, light is fast", "light is fast in the scientific sense"),
        ("a tomato is technically a fruit", "a tomato is a fruit"),
        ("the tower was finished in 1889 as far as I know", "the tower was finished in 1889"),
        # an adverb of how something was done stays: it is part of the claim
        ("Cannabis is sold legally", "Cannabis is sold legally"),
    ],
)
def test_hedges_are_dropped_and_viewpoints_kept_as_a_sense(claim, expected):
    assert without_hedges(claim) == expected
