"""Capitals named by the notes are checked and answered ("Mecca is the capital of Saudi Arabia" is contradicted by
Riyadh), as are the fibres goats give and the countries inside another; a question choosing between options it
does not name ("Which one will make me more money?") is no question the notes can answer, whatever words it
shares with them."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched, verdict

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Is it true that Mecca is the capital of Saudi Arabia?", "contradicted"),
        ("Is it true that the capital of Cabo Verde is Praia?", "supported"),
        ("Is it true that Lesotho is completely surrounded by South Africa?", "supported"),
        ("Mohair comes from Angora goats.", "supported"),
    ],
)
async def test_claims_on_capitals_fibres_and_enclaves(tmp_path, claim: str, expected: str):
    assert await verdict(tmp_path, claim) == expected


@pytest.mark.parametrize(
    ("question", "said"),
    [("What is the capital city of Lesotho?", "Maseru"), ("What is the capital of Bolivia?", "Sucre")],
)
async def test_capitals_are_answered(tmp_path, question: str, said: str):
    assert said in await researched(tmp_path, question)


@pytest.mark.parametrize("question", ["Which one will make me more money?", "Which of them is cheaper to run?"])
async def test_a_choice_between_unnamed_options_is_declined(tmp_path, question: str):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error
    assert "what to look up" in error_text(result)


async def test_a_capital_before_the_present_one_is_not_answered_by_the_present_one(tmp_path):
    result = await call(create_server(tmp_path), "answer", request="wat was the capital of senegal before dakar?")
    assert result.is_error
    assert "what came before" in error_text(result)


async def test_the_present_capital_is_still_answered(tmp_path):
    assert "Dakar" in await researched(tmp_path, "What is the capital of Senegal?")


async def test_a_role_claimed_as_still_held_is_checked_as_held(tmp_path):
    assert await verdict(tmp_path, "Is it true that Bonn is still the capital of Germany?") == "contradicted"
    assert await verdict(tmp_path, "Is Berlin still the capital of Germany?") == "supported"


@pytest.mark.parametrize(
    "question", ["Which two oceans does the Panama Canal connect?", "Which oceans does the Panama Canal connect?"]
)
async def test_how_many_things_a_question_picks_is_no_word_of_its_topic(tmp_path, question: str):
    assert "Pacific" in await researched(tmp_path, question)
