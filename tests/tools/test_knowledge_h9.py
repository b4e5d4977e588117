"""What users put around a claim or a text is not part of it: a lead-in naming where a claim came from ("Claim
from a quiz night: ...", "saw this on facebook - ...") and a trailing "verify please"; a claim that puts a thing
on the wrong continent; and the words that name the text to summarize ("this bit of the tenancy agreement")."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Claim from a quiz night: the Pacific is the largest ocean on Earth. Verify please", "supported"),
        ("saw this on facebook: the Berlin Wall fell in 1989", "supported"),
        ("quick one - is it true that the Berlin Wall fell in 1989?", "supported"),
        ("Something my teacher said today: the Titanic sank in 1912. Is this accurate?", "supported"),
        ("From a pub quiz: the Pacific is the biggest ocean in the world. confirm pls", "supported"),
        ("Pub quiz answer: Canberra is the capital of Australia. Right?", "supported"),
        (
            "Question from my kid's homework: Mount Everest is the highest mountain on Earth. Can you verify?",
            "supported",
        ),
        ("Statement from a school textbook: the Titanic sank in 1915. Check it please", "contradicted"),
        ("Got this in a forwarded WhatsApp message: the Berlin Wall fell in 1975. Real or fake?", "contradicted"),
        ("heard this at the pub - Canberra is the capital of Australia", "supported"),
    ],
)
async def test_a_lead_in_naming_where_the_claim_came_from_is_not_the_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("the Pacific is the largest ocean on Earth - verify please", "supported"),
        ("the Berlin Wall fell in 1989, true or false?", "supported"),
        ("The Titanic sank in 1915 - my teacher said so", "contradicted"),
        ("The Berlin Wall fell in 1989: true?", "supported"),
    ],
)
async def test_a_trailing_ask_for_the_check_is_not_the_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


async def test_a_head_that_the_claim_refers_back_to_stays(tmp_path):
    data = await fact_check(tmp_path, "Napoleon - he was very short. Myth?")
    assert data["verdict"] == "contradicted", data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "check this claim for me - the Amazon river is in Africa.",
        "the amazon is in asia, true or false?",
        "Is Mount Kilimanjaro in South America?",
        "My friend says the Nile is in South America",
        "Is the Taj Mahal in Africa?",
        "The Sahara desert is in South America",
        "Mount Everest is in Europe",
    ],
)
async def test_a_thing_put_on_another_continent_than_the_notes_say_is_contradicted(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "contradicted", data["answer"]


async def test_the_continent_the_notes_name_still_supports(tmp_path):
    data = await fact_check(tmp_path, "the Amazon river is in South America")
    assert data["verdict"] == "supported", data["answer"]


@pytest.mark.parametrize(
    ("claim", "title", "note"),
    [
        ("The Zornbach is in Asia", "Rivers", "The Zornbach is longer than any river in South America."),
        ("Istanbul is in Asia", "Istanbul", "Istanbul lies in Turkey, on both banks of the Bosphorus."),
        ("Mauna Kea is in Oceania", "Mauna Kea", "Mauna Kea is a volcano in Hawaii, in the United States."),
        ("Egypt is in Asia", "Egypt", "Egypt lies in North Africa."),
        ("Madagascar is in Asia", "Madagascar", "Madagascar is an island off the coast of Africa."),
    ],
)
async def test_a_place_that_may_span_continents_or_a_comparison_places_nothing(tmp_path, claim, title, note):
    data = await fact_check(tmp_path, claim, **{title: note})
    assert data["verdict"] == "unverified", data["answer"]


async def test_countries_of_one_continent_place_a_thing_on_it(tmp_path):
    notes = {"The Danube": "The Danube flows through Germany, Austria and Hungary."}
    data = await fact_check(tmp_path, "The Danube is in Africa", **notes)
    assert data["verdict"] == "contradicted", data["answer"]
