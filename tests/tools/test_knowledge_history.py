"""Core British and world history a general reference holds: the Norman Conquest, the Tudors, the Civil War, the
Great Fire of London and American independence, for the fact checker's dates and the researcher's questions. A
claim the notes do not settle (who won at Hastings said of the loser, a signing day they leave out) stays
unverified."""

from __future__ import annotations

import pytest
from conftest import fact_check, researched

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Is it true that the Battle of Hastings was in 1066?", "supported"),
        ("The Battle of Hastings was fought in 1067", "contradicted"),
        ("My dad says the Great Fire of London started in 1666", "supported"),
        ("Charles I was executed in 1649", "supported"),
        ("Henry VIII had eight wives", "contradicted"),
        ("Fact-check: the Spanish Armada was defeated in 1588", "supported"),
        ("Harold won the Battle of Hastings", "unverified"),
        ("The Declaration of Independence was signed on 4 July 1776", "unverified"),
    ],
)
async def test_history_claims_are_checked_against_the_notes(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the Battle of Hastings?", "1066"),
        ("Who won the Battle of Hastings?", "William"),
        ("How many wives did Henry VIII have?", "six"),
        ("Who wrote the Declaration of Independence?", "Jefferson"),
    ],
)
async def test_history_questions_are_answered_from_the_notes(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)
