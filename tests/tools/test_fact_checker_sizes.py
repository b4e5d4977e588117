"""A comparison of two things is spoken to by a note that compares the same subject with the same thing the other
way ("smaller than Earth" against "bigger than the Earth"), and a size given as a share of another body's ("its
diameter is ..., a little over a quarter of Earth's") says the subject is the smaller. Settings compared ("faster
in water than in air") and things the notes never compare stay as they were. The bones a skeleton has are the
bones its body has."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.contrasts import opposite_comparison
from servers.tools.fact_checker.implied import implied

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("my kid says the Moon is bigger than the Earth, is he right?", "contradicted"),
        ("Claim: the Moon is larger than Earth.", "contradicted"),
        ("Is the Moon smaller than the Earth?", "supported"),
        ("Fact-check: the Moon is bigger than Earth.", "contradicted"),
    ],
)
async def test_a_size_given_as_a_share_decides_the_comparison(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is the Mun bigger than Kerbin?", "contradicted"),
        ("Is the Mun heavier than Kerbin?", "unverified"),
        ("Is the Mun larger than Duna?", "unverified"),
    ],
)
async def test_only_the_same_comparison_with_the_same_thing_decides(tmp_path, request_text, expected):
    note = "The Mun is smaller than Kerbin. It is grey and dusty."
    assert await verdict(tmp_path, request_text, mun=note) == expected


async def test_a_comparison_of_settings_is_not_read_as_one_of_things(tmp_path):
    assert opposite_comparison("sound travels faster in water than in air", "sound is slower in air than water") is None
    assert await verdict(tmp_path, "Check whether this is accurate: sound travels faster in water than in air.") == (
        "supported"
    )


@pytest.mark.parametrize(
    ("passage", "said"),
    [
        ("Mars's diameter is about half of Earth's.", ["Mars is smaller than Earth."]),
        ("Its mass is roughly one tenth of Earth's.", ["It is smaller than Earth."]),
        ("Its diameter is 11 times Earth's.", []),
        ("Its distance from Earth is about a quarter of a million miles.", []),
    ],
)
def test_what_a_size_given_as_a_share_implies(passage, said):
    assert implied(passage) == said


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Claim: an adult human body has 206 bones.", "supported"),
        ("Is it true that an adult's body has 206 bones?", "supported"),
        ("Fact-check: the adult human body has 206 bones.", "supported"),
        ("Claim: the human body has 300 bones.", "contradicted"),
    ],
)
async def test_the_bones_a_skeleton_has_are_its_bodys(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


@pytest.mark.parametrize(
    "passage",
    ["The skeleton of a blue whale is on show in the hall.", "The adult human skeleton is made of living tissue."],
)
def test_a_skeleton_without_a_count_of_bones_implies_nothing(passage):
    assert implied(passage) == []
