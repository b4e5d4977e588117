"""Questions told with what someone answered or claimed: "How many continents are there? My daughter's homework says
seven but her friend says six." asks the first sentence (its "there" points at nothing); "My nephew asked me what
the capital of Canada is and I said Toronto. Was I right?" asks what the nephew asked, without the answer given.
A substance is a material ("the hardest natural substance" is the diamond note's "hardest natural material"), and
a note on blood groups answers which type is the universal donor. A "there" that points at a place told in the
aside, and a question no note answers, are still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many continents are there? My daughter's homework says seven but her friend says six.", "seven"),
        ("How many planets are there? My son insists it's nine.", "eight"),
        ("how many bones are there in the adult body? my friend reckons 300", "206"),
        ("My nephew asked me what the capital of Canada is and I said Toronto. Was I right? What is it?", "Ottawa"),
        ("My daughter asked who painted the Mona Lisa and I guessed Michelangelo. Am I wrong?", "Leonardo"),
        ("my son asked me how many bones an adult has, and I said 300. Was I right?", "206"),
    ],
)
async def test_a_question_told_with_an_answer_given_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the hardest natural substance?", "diamond"),
        ("What's the hardest substance in the human body?", "enamel"),
        ("Which blood type is known as the universal donor?", "O negative"),
        ("what blood type is the universal recipient?", "AB positive"),
        ("What's the most common blood type in the UK?", "O positive"),
        ("How many blood groups are there in the ABO system?", "four"),
    ],
)
async def test_substances_and_blood_groups_are_answered_from_their_notes(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "How many people live there? My son says a million.",  # "there" points at nothing the question names
        "My nephew asked me what the capital of Canada is and I said Toronto. Why?",
        "Which blood type do mosquitoes prefer?",
    ],
)
async def test_what_the_notes_cannot_answer_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)
