"""How a question wants its answer said ("in simple words", "for a 10 year old") or a word that only stresses it
("what is it actually?") is no topic to look up (issue 9, the tenth tuning set): the question is answered from its
note, and a question whose subject no note covers still declines."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.wording import as_typed

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my kid says the capital of australia is sydney. what is it actually?", "Canberra"),
        ("my brother says the capital of canada is toronto. what is it really?", "Ottawa"),
        ("My mum thinks the capital of Brazil is Rio. what is it actually?", "Brasília"),
        ("For my daughter's homework: what is photosynthesis, in simple words?", "sunlight"),
        ("How do vaccines work, in simple terms?", "immune system"),
        ("What is inflation, for a 10 year old?", "rise in the prices"),
        ("What is a black hole, in plain English?", "gravity"),
    ],
)
async def test_the_manner_of_the_answer_is_no_topic(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "What is quantum chromodynamics, in simple words?",
        "How does a flux capacitor work, in plain English?",
        "my kid says the capital of atlantis is poseidonia. what is it actually?",
        "What is the capital of Narnia, for a 7 year old?",
    ],
)
async def test_a_subject_no_note_covers_still_declines(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who came up with the Python programming language?", "Guido van Rossum"),
        ("Who came up with the theory of relativity?", "Einstein"),
        ("who thought up the World Wide Web?", "Berners-Lee"),
        ("who created the Rust programming language?", "Graydon Hoare"),
        ("Who came up with Python?", "Guido van Rossum"),
    ],
)
async def test_making_said_with_a_phrasal_verb_or_a_name_with_its_kind_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "who came up with the flux capacitor?",
        "Who came up with the Zorblax programming language?",
        "who thought up the game of quidditch?",
        "Who came up with the Klingon language?",
    ],
)
async def test_making_of_something_no_note_covers_still_declines(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Explain how the circuit breaker pattern works", "protects a system from repeatedly calling"),
        ("What is the circuit breaker pattern?", "protects a system from repeatedly calling"),
        ("How does the fan-out pattern work?", "Fan-out sends the same request"),
        ("How does the router pattern work?", "A router looks at an incoming request"),
        ("What is the supervisor pattern?", "a central agent breaks a task into sub-tasks"),
    ],
)
async def test_a_pattern_is_answered_from_its_own_note_not_one_naming_it_in_passing(tmp_path, question, expected):
    answer = await researched(tmp_path, question)
    assert expected in answer
    assert "A router should have a fallback" not in answer


@pytest.mark.parametrize(
    "question",
    ["How does the saga pattern work?", "What is the strangler fig pattern?", "What is the bulkhead pattern?"],
)
async def test_a_pattern_no_note_covers_still_declines(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    "question", ["Does revenue follow the same pattern?", "Is this pattern common?", "What pattern do bees dance in?"]
)
def test_pattern_words_that_name_no_pattern_are_kept(question):
    assert as_typed(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Explain why rainbows form", "A rainbow forms when sunlight enters raindrops"),
        ("why does a rainbow happen", "A rainbow forms when sunlight enters raindrops"),
        ("Why do black holes form?", "form when a very massive star collapses"),
        ("Why do shortages occur?", "A shortage occurs when buyers want more"),
    ],
)
async def test_a_process_told_with_what_brings_it_about_says_why(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "Why did the Berlin Wall fall?",
        "Why do sinkholes form?",
        "Why do auroras form?",
        "Why do rainbows appear after rain?",
    ],
)
async def test_a_why_no_note_answers_still_declines(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In which year did the Titanic set sail on her maiden voyage?", "10 April 1912"),
        ("When did the Titanic set sail?", "10 April 1912"),
        ("What day did the Titanic set sail from Southampton?", "10 April 1912"),
        ("When did Magellan set sail?", "September 1519"),
    ],
)
async def test_setting_sail_is_read_as_leaving(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    ["When did the Mayflower set sail?", "When did the Santa Zorba set sail?", "When did the Argo set sail?"],
)
async def test_setting_sail_of_a_ship_no_note_covers_still_declines(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


def test_setting_off_a_cause_is_not_leaving():
    assert as_typed("What set off the First World War?") == "What set off the First World War?"
