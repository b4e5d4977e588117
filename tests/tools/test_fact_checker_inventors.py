"""Who invented a thing is read from the thing's side, as for a named work: "Thomas Edison invented the telephone"
is contradicted by "The telephone was invented by Alexander Graham Bell" when the note names no Edison. A note that
names the claimed person anywhere (a rival claimant: Meucci, Gray; an improver: Watt) keeps the claim unverified,
unless it denies it outright ("James Watt did not invent the steam engine", read from the engine's side too)."""

from __future__ import annotations

import pytest
from conftest import fact_check

from servers.tools.fact_checker.authorship import as_made

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Is it true Thomas Edison invented the telephone?", "contradicted"),
        ("Thomas Edison invented the telephone in 1876", "contradicted"),
        ("Nikola Tesla invented the light bulb", "contradicted"),
        ("Bill Gates invented the World Wide Web", "contradicted"),
        ("Alexander Graham Bell invented the telephone", "supported"),
        ("Tim Berners-Lee invented the World Wide Web", "supported"),
        ("James Watt invented the steam engine", "contradicted"),
        ("Henry Ford invented the car", "contradicted"),
    ],
)
async def test_who_invented_a_thing_is_checked_against_who_the_note_credits(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Antonio Meucci invented the telephone",  # named in the note as a rival claimant
        "Elisha Gray invented the telephone",
        "Joseph Swan invented the light bulb",
    ],
)
async def test_a_rival_the_note_names_is_not_refuted(tmp_path, request_text):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Henry Ford didn't invent the car", ["the car was not invented by Henry Ford"]),
        ("Shakespeare did not write Hamlet", ["Hamlet was not written by Shakespeare"]),
        ("James Watt did not like the cold", []),
    ],
)
def test_a_denied_making_is_read_from_the_works_side(sentence, read):
    assert as_made(sentence) == read
