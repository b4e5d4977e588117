"""Three readings of claims as people pass them on:

- a source named without an article ("Quiz answer sheet says ...", "My kid's science textbook claims ...") is who
  passed the claim on, not its subject;
- an event that "happened" (or "was", "took place") in a year is borne out by a note that says it began then;
  another year is not refuted by when it began (a war goes on after it starts), so it stays unverified;
- each of several superlatives joined before one noun ranks it: "the coldest, windiest and driest continent"
  supports "the driest continent" and refutes "the wettest".
"""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Quiz answer sheet says Venus is the hottest planet in the solar system. Can you confirm?", "supported"),
        ("My kid's science textbook claims Mercury is the hottest planet", "contradicted"),
        ("Wikipedia says Canberra is the capital of Australia", "supported"),
        ("Leaflet says there are six continents. Right?", "contradicted"),
        ("My gran says that the Great Fire of London happened in 1666. Is she right?", "supported"),
        ("pub quiz card says the Great Fire of London happened in 1666 - true?", "supported"),
        ("the Great Fire of London took place in 1666", "supported"),
        ("the Great Fire of London was in 1666", "supported"),
        ("Claim in a leaflet: Antarctica is the driest continent. Accurate?", "supported"),
        ("Antarctica is the windiest continent", "supported"),
        ("Antarctica is the wettest continent", "contradicted"),
    ],
)
async def test_claims_passed_on_are_checked(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Fact check: the Great Fire of London happened in 1766",  # when it began does not refute another year
        "the second world war happened in 1942",
        "Africa is the driest continent",
        "Venus says hello",
    ],
)
async def test_what_the_notes_do_not_settle_stays_unverified(tmp_path, request_text):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == "unverified", data["answer"]
