"""A "she" or "he" that opens a clause stands for the person the sentence before named as its subject, so a note
titled after its topic ("Radioactivity, radium and polonium") is evidence on what it says of that person: "In 1911
she won the Nobel Prize in Chemistry" after "Marie Curie was the first woman to win a Nobel Prize". A pronoun after
a sentence about a thing, or a claim about another person, is not resolved to anyone."""

from __future__ import annotations

import pytest
from conftest import call, fact_check

from servers.tools.fact_checker import create_server
from servers.tools.researcher import create_server as create_researcher

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]

_NOTE = (
    "The first lighthouse on the headland was lit in 1850. Grace Darling was the keeper's daughter on the island. "
    "In 1838 she rowed out with her father to rescue nine survivors of the wrecked steamer Forfarshire."
)


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Did Marie Curie win Nobel Prizes in two different sciences?", "supported"),
        ("Is it true Marie Curie is the only person to have won Nobel Prizes in two different sciences?", "supported"),
        ("Marie Curie won the Nobel Prize in Chemistry in 1911", "supported"),
        ("Marie Curie won Nobel Prizes in three different sciences.", "contradicted"),
        ("Fact-check: Marie Curie won the Nobel Prize in Chemistry in 1920.", "contradicted"),
    ],
)
async def test_she_in_a_note_on_her_work_is_the_person_named_before(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]
    assert "marie-curie" in data["evidence"][0]["source"]


async def _checked(tmp_path, claim: str) -> str:
    await call(create_researcher(tmp_path), "add_document", title="Longstone Lighthouse", text=_NOTE)
    result = await call(create_server(tmp_path), "check_claim", claim=claim)
    return result.structured_content["verdict"]


async def test_an_added_note_is_evidence_on_the_person_its_she_stands_for(tmp_path):
    assert await _checked(tmp_path, "Grace Darling rescued nine survivors in 1838") == "supported"


async def test_a_different_year_for_the_person_named_before_contradicts(tmp_path):
    assert await _checked(tmp_path, "Grace Darling rescued nine survivors in 1848") == "contradicted"


async def test_she_is_not_someone_the_note_never_named_before_it(tmp_path):
    assert await _checked(tmp_path, "Florence Nightingale rescued nine survivors in 1838") == "unverified"


async def test_pierre_curie_is_not_the_she_of_the_note_on_marie_curie(tmp_path):
    data = await fact_check(tmp_path, "Pierre Curie won Nobel Prizes in two different sciences.")
    assert data["verdict"] == "unverified", data["answer"]
