"""How many of a thing there are ("there are seven continents") is a claim about the things counted: it is checked
against a note that says the count the same way ("there are seven continents: ...") or says what holds them ("The
Solar System has eight planets"), supported by the same figure and contradicted by another. "fact check that there
are ..." keeps its "there" (it was cut to "re are ..."). A count of things no note covers stays unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check

from servers.tools.fact_checker.existentials import counted

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("fact check that there are seven continents", "supported"),
        ("Fact check: there are 7 continents in the world", "supported"),
        ("Is it true that there are eight planets in the solar system?", "supported"),
        ("There are 206 bones in the adult human body", "supported"),
        ("Fact check: there are six continents", "contradicted"),
        ("fact-check: there are five continents on Earth", "contradicted"),
        ("is it true there are nine planets in the solar system?", "contradicted"),
        ("My son says there are 300 bones in the adult human body", "contradicted"),
    ],
)
async def test_a_count_of_things_is_checked_against_the_note_that_counts_them(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "There were 12 apostles",  # no note counts them
        "there are 40 dragons in Wales",
    ],
)
async def test_a_count_no_note_gives_is_unverified(tmp_path, request_text):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    "clause",
    ["there is no evidence that vaccines cause autism", "there was a war in 1914", "There are many reasons"],
)
def test_only_a_count_is_read_as_one(clause):
    assert counted(clause) is None
