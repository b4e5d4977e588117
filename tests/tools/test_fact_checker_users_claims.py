"""Claims as users put them, judged only by evidence about the same subject: negation, figures, "always"/"only"."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Bats are blind, right?", "contradicted"),
        ("my grandma says cracking your knuckles gives you arthritis. true?", "contradicted"),
        ("A guy at work keeps saying vaccines cause autism. is that true", "contradicted"),
        ("Camels store water in their humps. Fact or myth?", "contradicted"),
        ("I read that Mercury is the hottest planet because it is nearest the sun", "contradicted"),
        ("Someone told me the Pacific is the smallest ocean on Earth. Is that correct?", "contradicted"),
        ("The world wide web was invented by Bill Gates", "contradicted"),
        ("World War II ended in 1949.", "contradicted"),
        ("Antibiotics do not work against viruses, right?", "supported"),
        ("sound cannot travel through a vacuum", "supported"),
        ("fact check: Jupiter is the largest planet in the solar system", "supported"),
        ("Pluto was reclassified as a dwarf planet in 2006", "supported"),
        ("A website says Mount Kilimanjaro is about 5,895 metres high", "supported"),
        ("Cleopatra owned exactly forty cats", "unverified"),
        # a tag question after a negative claim, and what is said to be common knowledge
        ("Lightning never strikes the same place twice, does it?", "contradicted"),
        ("Everyone knows that bats are blind", "contradicted"),
        ("It is widely believed that antibiotics do not work against viruses", "supported"),
        # a place named beside the thing ("near the border with Kenya") does not put it there: it keeps it out
        ("Mount Kilimanjaro is in Kenya", "contradicted"),
        ("Mount Kilimanjaro, which has three volcanic cones, is in Kenya.", "unverified"),
        ("Kilimanjaro is in Tanzania", "supported"),
        # two predicates of one subject: each is judged, the false one is not carried by the true one's figures
        ("The Titanic left Southampton in 1912 and sank on 10 April", "contradicted"),
        ("The Titanic left Southampton on 10 April 1912 and sank on 15 April", "supported"),
        # a state the notes say has ended does not hold now
        ("Pluto is the ninth planet", "unverified"),
        ("Pluto was the ninth planet", "supported"),
    ],
)
async def test_general_knowledge_claims_in_users_words(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


async def test_a_possessive_subject_is_not_evidence_about_its_owner(tmp_path):
    # "A zorb's shell is a store of salt" is about the shell: it neither supports nor contradicts a claim
    # about what zorbs store.
    data = await fact_check(tmp_path, "Zorbs store salt in their shells", Zorbs="A zorb's shell is a store of salt.")
    assert data["verdict"] == "unverified", data["answer"]


async def test_an_of_phrase_names_a_part_not_the_whole(tmp_path):
    data = await fact_check(
        tmp_path,
        "Is it true that Norland is visible from the Moon?",
        Wall="The wall of Norland is visible from the Moon.",
    )
    assert data["verdict"] == "unverified", data["answer"]


async def test_a_passage_saying_it_can_happen_does_not_support_always(tmp_path):
    notes = {"Quartz lamps": "Quartz lamps can flicker in the cold."}
    assert (await fact_check(tmp_path, "Quartz lamps flicker in the cold", **notes))["verdict"] == "supported"
    always = await fact_check(tmp_path / "always", "Quartz lamps always flicker in the cold", **notes)
    assert always["verdict"] == "unverified", always["answer"]


async def test_only_needs_a_passage_that_says_only(tmp_path):
    data = await fact_check(tmp_path, "Only glass frogs lay eggs on leaves", Frogs="Glass frogs lay eggs on leaves.")
    assert data["verdict"] == "unverified", data["answer"]


async def test_a_denied_superlative_does_not_prove_the_opposite_one(tmp_path):
    data = await fact_check(tmp_path, "Lake Vell is the smallest lake", Vell="Lake Vell is not the largest lake.")
    assert data["verdict"] == "unverified", data["answer"]


async def test_the_same_inventor_supports_and_a_denial_of_another_does_not_decide(tmp_path):
    notes = {"Zeta engine": "The Zeta engine was invented by Ada Quill in 1901."}
    assert (await fact_check(tmp_path, "The Zeta engine was invented by Ada Quill", **notes))["verdict"] == "supported"
    notes = {"Zeta engine": "The Zeta engine was not invented by Ada Quill."}
    denied = await fact_check(tmp_path / "other", "The Zeta engine was invented by Bo Brand", **notes)
    assert denied["verdict"] == "unverified", denied["answer"]
