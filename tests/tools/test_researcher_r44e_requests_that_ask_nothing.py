"""Round 44: a request made only of talk about itself (how many things it will ask, a greeting, a call for help, an
announcement) names nothing to look up, so no note is an answer to it, however many of its words a note happens
to use ("two" in a note on octopus hearts, "right" in one on right angles). The question that follows such talk
is still answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you do two things for me please",
        "Quick question",
        "Three things for you",
        "Hi there, can you help me",
        "I have two questions",
        "Two quick ones",
        "A couple of things, if you've got a minute",
        "Need a hand with something",
        "Can I ask you something?",
        "Right, here goes",
        "First question",
        "Here is my question",
        "Help",
        "Hello! Few questions today",
        "I need three answers",
        "Tell me about two things",
        "Sources on two things",
        "What happened to the two?",
        "Can you help me understand",
        "One more thing for you mate",
        "Tell me something interesting",
        "Give me a number",
        "Got a couple of questions for you",
        "Question 2",
    ],
)
async def test_a_request_that_names_no_topic_is_not_answered(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert "what to look up" in error_text(result) or "Nothing in the knowledge base" in error_text(result)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many hearts does an octopus have?", "three hearts"),
        ("Why does an octopus have three hearts?", "gills"),
        ("Quick question: what is the capital of France?", "Paris"),
        ("Daft question, but how many hearts has an octopus got?", "three hearts"),
        ("Hi there, who painted the Mona Lisa?", "Leonardo"),
        ("What is a right angle?", "90 degrees"),
        ("Who was the first man on the Moon?", "Armstrong"),
        ("Can you help me understand how vaccines work?", "immune system"),
        ("Help me understand why the sky is blue", "scatter"),
        ("What does the atomic number of an element tell you?", "protons"),
        ("Got a question for you: what is an interest rate?", "borrowing"),
    ],
)
async def test_a_question_among_such_words_is_still_answered(tmp_path, question: str, said: str) -> None:
    assert said in await researched(tmp_path, question)
