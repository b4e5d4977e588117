"""Questions and claims as users wrap them: an aside, a question passed on, an abbreviation, a world ranking,
a request head that says what the check is for, who discovered something, what goes round what."""

from __future__ import annotations

import pytest
from conftest import call, fact_check, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.intents import question_only

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the capital of Canada? My flatmate reckons it's Toronto.", "Ottawa"),
        ("My daughter asked me who wrote Pride and Prejudice. Any idea?", "Austen"),
        ("what does HTTP stand for", "Hypertext Transfer Protocol"),
        ("whats the deepest ocean on the planet", "Pacific"),
        ("What is the highest mountain in the world?", "Everest"),
        ("who came up with general relativity", "Einstein"),
        ("what's the chemical formula for water", "H2O"),
        ("Which gas do plants take in from the air to make food?", "carbon dioxide"),
    ],
)
async def test_wrapped_questions_are_answered_from_the_notes(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "What's the population of Lagos? My friend says it's 20 million.",
        "What does NASA stand for?",
        "what does that stand for?",
        "What's the tallest building in Africa?",
        "What's the largest country in South America by area?",
    ],
)
async def test_what_the_notes_do_not_say_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


def test_an_aside_is_dropped_only_when_the_question_stands_alone():
    assert question_only("Who painted the Mona Lisa? My dad is sure it was Michelangelo.") == (
        "Who painted the Mona Lisa?"
    )
    # "that" points into the other sentence: the whole request is the question.
    said = "My teacher says the Great Wall is visible from space. Is that true?"
    assert question_only(said) == said


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("Verify this statement for my geography quiz: the Pacific Ocean is the largest ocean on Earth.", "supported"),
        ("Check this for my kid's science project: the human heart has three chambers.", "contradicted"),
        ("Someone in my book club said Rome is the capital of Spain. Fact-check it.", "contradicted"),
        ("Please check: the first crewed Moon landing happened in 1969.", "supported"),
        ("My aunt insists Albert Einstein discovered penicillin", "contradicted"),
        ("Fact check: the Sun goes round the Earth", "contradicted"),
        ("the earth goes around the sun once a day", "contradicted"),
        ("K2 is the tallest mountain on Earth, my cousin says", "contradicted"),
        ("Mount Everest is the highest mountain in the world", "supported"),
        ("Mauna Kea is the tallest mountain in the world", "unverified"),
        ("Saturn is the largest planet in the Solar System", "contradicted"),  # the notes name Jupiter
        ("Isaac Newton discovered gravity", "unverified"),
        # the notes rank the oceans: the Pacific is the largest, so another ocean named the largest is contradicted
        ("The Atlantic is the largest ocean in the world", "contradicted"),
    ],
)
async def test_wrapped_claims_are_judged_on_evidence_about_them(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


async def test_a_discoverer_named_in_the_same_passage_is_not_contradicted(tmp_path):
    data = await fact_check(
        tmp_path,
        "Hedda Varn discovered zorbium",
        Zorbium="Olek Brandt discovered zorbium in 1931, working with Hedda Varn on the samples.",
    )
    assert data["verdict"] == "unverified", data["answer"]
