"""What a thing "is classed as" now is what it is: "Pluto is still classed as a planet" is checked as "Pluto is
still a planet" and contradicted (it was unverified: "classed" was a word the note had to say). "Classified",
"considered", "regarded", "counted" and "deemed" read the same. What a thing "was counted as" once is left as it
is, and a kind no note gives stays unverified."""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("check if it's true that Pluto is still classed as a planet", "contradicted"),
        ("Pluto is still classed as a planet", "contradicted"),
        ("Is Pluto still classified as a planet?", "contradicted"),
        ("my teacher says Pluto is considered a planet", "contradicted"),
        ("Pluto is now classed as a dwarf planet", "supported"),
        ("Pluto is officially considered a dwarf planet", "supported"),
        ("A tomato is classed as a fruit", "supported"),
        ("Is it true a penguin is regarded as a bird?", "supported"),
    ],
)
async def test_what_a_thing_is_classed_as_is_what_it_is(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Pluto was counted as a planet", "supported"),  # once, for 76 years: the past is left as it is
        ("Bats are classed as birds", "unverified"),
        ("A whale is classed as a fish", "unverified"),
    ],
)
async def test_a_past_class_or_one_no_note_gives_is_not_decided_by_it(tmp_path, claim, expected):
    assert await verdict(tmp_path, claim) == expected
