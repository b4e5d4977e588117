"""A quality claimed at its limit ("bats are completely blind", "totally blind") is contradicted by a note that
denies the quality, but never supported by one that only asserts it; and common myths the starter notes now
correct (hair growing after death, glass as a liquid, daddy long legs' venom, drains and the Coriolis effect)."""

from __future__ import annotations

import pytest
from conftest import fact_check, verdict

from servers.tools.fact_checker.degrees import limit_terms, short_of_limit

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_",
    [
        "Someone at work told me bats are completely blind. Can you fact-check that?",
        "My flatmate insists bats are totally blind - true?",
        "Is it true that bats are entirely blind?",
        "Bats are utterly blind, right?",
        "Fact-check: bats are absolutely blind.",
        "Bats are blind.",
        "The Great Wall of China is completely visible from space.",
    ],
)
async def test_a_quality_at_its_limit_is_contradicted_when_the_note_denies_it(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "contradicted", data["answer"]


async def test_a_note_that_only_asserts_the_quality_does_not_support_it_at_its_limit(tmp_path):
    notes = {"Moles": "Moles have very poor eyesight. Moles are blind to colour."}
    assert await verdict(tmp_path, "Moles are completely blind to colour.", **notes) == "unverified"
    assert await verdict(tmp_path, "Moles are blind to colour.", **notes) == "supported"


async def test_a_note_that_says_the_limit_too_supports_it(tmp_path):
    notes = {"Cave fish": "Some cave fish are completely blind and have no eyes at all."}
    assert await verdict(tmp_path, "Some cave fish are completely blind.", **notes) == "supported"


def test_the_limit_words_are_read_as_words_not_stems():
    assert limit_terms("Bats are completely blind") and not limit_terms("The Moon is full tonight")
    assert short_of_limit("Bats are totally blind", "Bats are not blind")
    assert not short_of_limit("Bats are blind", "Bats are not blind")


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Hair and nails keep growing after death.", "contradicted"),
        ("Glass is a slow-flowing liquid.", "contradicted"),
        ("Glass is actually a liquid that flows very slowly.", "contradicted"),
        ("Daddy long legs are the most venomous spiders.", "contradicted"),
        ("Do antibiotics kill viruses?", "contradicted"),
        ("Antibiotics kill viruses.", "contradicted"),
    ],
)
async def test_a_common_myth_is_contradicted_by_the_note_on_it(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


@pytest.mark.parametrize(
    "request_",
    [
        "Water drains the other way in the southern hemisphere because of the Coriolis effect.",
        "The Coriolis effect makes sinks drain clockwise in the southern hemisphere.",
        "In Australia toilets flush the opposite way because of the Earth's rotation.",
    ],
)
async def test_the_drain_myth_is_never_supported(tmp_path, request_):
    assert await verdict(tmp_path, request_) != "supported"


@pytest.mark.parametrize(
    "request_",
    [
        "Humans and dinosaurs lived at the same time.",
        "Diamonds are made from coal.",
        "If you touch a baby bird its parents will reject it.",
        "Microwaves make food radioactive.",
        "Toads give you warts.",
        "You can get warts from touching a toad.",
        "Eating carrots gives you night vision.",
        "Mount Everest is the tallest mountain measured from base to peak.",
    ],
)
async def test_more_myths_are_contradicted(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "contradicted", data["answer"]


async def test_a_belief_named_as_the_subject_asserts_nothing_about_what_is_believed(tmp_path):
    # "The story that carrots help people see in the dark was spread by ..." relays the story, it does not tell it
    assert await verdict(tmp_path, "Carrots help you see in the dark.") != "supported"
    notes = {"Owls": "The idea that owls can turn their heads all the way round comes from old fables."}
    assert await verdict(tmp_path, "Owls can turn their heads all the way round.", **notes) == "unverified"


async def test_a_superlative_measured_one_way_is_not_backed_by_one_measured_another(tmp_path):
    assert await verdict(tmp_path, "Mount Everest is the tallest mountain in the world.") == "supported"
    assert await verdict(tmp_path, "Mount Everest is the highest mountain measured from sea level.") == "supported"


@pytest.mark.parametrize(
    "request_",
    [
        "Lightning never hits the same spot twice, right?",
        "Lightning never strikes the same location twice.",
        "Lightning never strikes the same place twice.",
    ],
)
async def test_a_spot_or_location_is_a_place(tmp_path, request_):
    assert await verdict(tmp_path, request_) == "contradicted"
