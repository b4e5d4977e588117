"""A claim about something a person owns or made ("Einstein's Nobel Prize was for relativity") is about that
thing: a passage on the person that never names it ("Einstein completed the general theory of relativity in 1915")
does not support it (it did). A claim whose subject is the thing itself, or a passage that names the owned thing,
is matched as before."""

from __future__ import annotations

import pytest
from conftest import fact_check

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "request_text",
    [
        "Einstein's Nobel Prize was for relativity",
        "Is it true that Einstein's Nobel prize was for the theory of relativity?",
        "Fact check: Darwin's theory was published in 1859",
        "Marie Curie's first Nobel Prize was in physics",
    ],
)
async def test_a_passage_on_the_owner_alone_does_not_settle_a_claim_about_what_they_own(tmp_path, request_text):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == "unverified", data["answer"]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("The Berlin Wall's fall was in 1989", "supported"),
        ("the Berlin Wall fell in 1989", "supported"),
        ("A camel's hump stores water", "contradicted"),
        ("Check: Einstein was born in Ulm in 1879", "supported"),
    ],
)
async def test_claims_about_the_thing_itself_are_checked_as_before(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]
