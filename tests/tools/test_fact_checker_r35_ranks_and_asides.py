"""Round 35: ranks and orders ("the first X in Y", "the largest hot Y") decide a claim only for the same subject,
kind and qualifier; a denial of another thing and a contrast that sets one reason aside decide nothing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import verdict

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # another qualifier, another kind, or another subject's rank: never support
        ("Yuri Gagarin was the first person on the Moon", "unverified"),
        ("Is it true that Yuri Gagarin was the first man to walk on the Moon?", "unverified"),
        ("Neil Armstrong was the first person in space", "unverified"),
        ("Neil Armstrong was the first human to orbit the Earth", "unverified"),
        ("Valentina Tereshkova was the first woman on the Moon", "unverified"),
        ("Valentina Tereshkova was the first person in space", "unverified"),
        ("Alan Shepard was the first person in space", "unverified"),
        ("Sally Ride was the first woman in space", "unverified"),
        ("John Glenn was the first American in space", "unverified"),
        ("Alexei Leonov was the first person in space", "unverified"),
        ("Yuri Gagarin was the first American in space", "unverified"),
        ("Fact-check: Antarctica is the largest hot desert", "unverified"),
        ("The Sahara is the largest cold desert", "unverified"),
        # the same subject, order and qualifier: still supported or contradicted as before
        ("Yuri Gagarin was the first person in space", "supported"),
        ("Yuri Gagarin was the first human to orbit the Earth", "supported"),
        ("Neil Armstrong was the first person to walk on the Moon", "supported"),
        ("Valentina Tereshkova was the first woman in space", "supported"),
        ("Sally Ride was the first American woman in space", "supported"),
        ("Alan Shepard was the first American in space", "supported"),
        ("John Glenn was the first American to orbit the Earth", "supported"),
        ("Alexei Leonov made the first spacewalk", "supported"),
        ("Antarctica is the largest desert in the world", "supported"),
        ("The Sahara is the largest hot desert", "supported"),
        ("The Wright brothers made the first powered flight in 1903", "supported"),
        ("The Wright brothers flew the first powered aeroplane in 1905", "contradicted"),
        ("Columbus was the first European to reach the Americas", "contradicted"),
    ],
)
async def test_a_rank_decides_only_for_the_same_order_and_qualifier(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a denial of another thing, or of a rank the claim does not claim
        ("A camel's hump stores fat", "unverified"),
        ("Camels store fat in their humps", "unverified"),
        ("Camels keep fat in their humps", "unverified"),
        ("Columbus reached America in 1492", "unverified"),
        ("Christopher Columbus reached the Americas in 1492", "unverified"),
        ("Edison made an electric light", "unverified"),
        # a contrast that sets something aside does not back a claim it may set aside
        ("Chameleons change colour mainly to camouflage", "unverified"),
        ("Chameleons change colour mainly to hide", "unverified"),
        ("Chameleons change colour mainly to blend in", "unverified"),
        # the same thing denied or said: decided as before
        ("Camels store water in their humps", "contradicted"),
        ("Camels do store water in their humps", "contradicted"),
        ("Edison made the first electric light", "contradicted"),
        ("Chameleons change colour mainly to communicate", "supported"),
        ("The Great Wall of China is visible from the Moon with the naked eye", "contradicted"),
        ("Einstein failed maths at school", "contradicted"),
    ],
)
async def test_a_denial_or_contrast_about_another_thing_decides_nothing(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected
