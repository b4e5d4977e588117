""" "What does X do?" is answered by a sentence with X as its subject ("A circuit breaker protects ...", "The human
heart is a muscular pump"), or "it" in the note on X; a sentence that names X in passing ("People use virtually all
of their brain") does not say what it does."""

from __future__ import annotations

import pytest
from conftest import researched

from servers.tools.researcher.relevance import unsaid_of_subject

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does a circuit breaker do?", "protects"),
        ("what does DNS actually do", "translates"),
        ("What does the heart really do?", "pump"),
        ("What do vaccines do?", "protects"),
        ("What does insulin do?", "glucose"),
        ("What does the brain do?", "The brain"),
    ],
)
async def test_what_a_thing_does_is_said_with_it_as_subject(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "passage", "title"),
    [
        ("What does the brain do?", "People use virtually all of their brain.", "How much of the brain people use"),
        ("What does the liver do?", "Alcohol is broken down mostly in the body, and the liver helps.", "Alcohol"),
    ],
)
def test_a_sentence_naming_the_thing_in_passing_does_not_say_what_it_does(question, passage, title):
    assert unsaid_of_subject(question, passage, title) is not None


def test_it_in_the_note_on_the_thing_is_the_thing():
    assert unsaid_of_subject("What does the heart do?", "It pumps blood around the body.", "The human heart") is None
