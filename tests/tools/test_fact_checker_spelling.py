"""A misspelt word does not sink a claim: "bats are compleetly blind" is checked as "completely blind". Only a
word that is no English word of its own is put right, and only to the one word of the notes it is an edit
away from by a common typo (letters swapped, one left out, one doubled), so a real word ("deaf", "marital"), a
name, or a word the dictionary lacks ("influencers", "const") is never turned into another."""

from __future__ import annotations

import pytest
from conftest import fact_check

from servers.tools.fact_checker.spelling import respelt

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("My nan swears bats are compleetly blind. True or not?", "contradicted"),
        ("Is it true that bats are completly blind?", "contradicted"),
        ("Fact-check: the Great Wall of China is visble from space", "contradicted"),
        ("My uncle says lightning never strikes the same plaec twice", "contradicted"),
        ("Is it true that goldfish have a three-second memroy?", "contradicted"),
        ("Bats are totaly blind", "contradicted"),
    ],
)
async def test_a_misspelt_word_is_read_as_the_word_the_notes_use(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


async def test_a_real_word_near_a_word_of_the_notes_is_not_respelt(tmp_path):
    data = await fact_check(tmp_path, "Fact check: bats are completely deaf")
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    "claim",
    [
        "Bats are completely deaf",  # "dead" is one edit away, but "deaf" is a word
        "Their marital status changed",  # "martial"
        "Jupitor is the largest planet",  # names are left as written
        "Influencers earn money from adverts",  # no dictionary word, but no typo of "influences" either
        "The backend is slow",  # a letter added is no typo: not "backed"
        "const x = 1",  # a letter changed is no typo: not "coast"
    ],
)
def test_words_of_their_own_names_and_other_edits_are_left_as_written(claim):
    assert respelt(claim) == claim
