"""A rank decides a claim only in the very same order ("the first woman in space" is not "the first woman on the
Moon", nor "the largest desert" "the largest hot desert"); a denial of another thing ("do not store water") does
not deny the claim ("store fat"), nor does a contrast that sets something aside back a claim it may set aside."""

from __future__ import annotations

import pytest

from tests.tools.conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Yuri Gagarin was the first person on the Moon", "unverified"),
        ("Sally Ride was the first woman in space", "unverified"),
        ("Antarctica is the largest hot desert", "unverified"),
        ("Yuri Gagarin was the first person in space", "supported"),
    ],
)
async def test_a_rank_decides_only_in_the_same_order(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Camels store fat in their humps", "unverified"),
        ("Columbus reached America in 1492", "unverified"),
        ("Chameleons change colour mainly to camouflage", "unverified"),
        ("Camels store water in their humps", "contradicted"),
    ],
)
async def test_a_denial_or_contrast_about_another_thing_does_not_decide(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected
