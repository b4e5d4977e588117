"""Questions asked in users' own words reach the note that answers them:

- how the answer is wanted, after an indirect question ("Can you explain what photosynthesis is, in simple
  words", "explain what a black hole is, in plain English"), is no topic (it was 'nothing matched');
- an abbreviation asked as something's own ("What is Python's GIL?") is asked as "the GIL in Python";
- a grown-up ("a grown-up human", "grown ups", "a fully grown human") is the adult notes speak of, while "has
  he grown up" is still the verb;
- the part of the cell that makes energy is the mitochondria.

A question beside them that the notes do not answer is still declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.wording import as_typed

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can you explain what photosynthesis is, in simple words", "sunlight"),
        ("Can you explain what photosynthesis is in simple words?", "sunlight"),
        ("explain what a black hole is, in plain English", "gravity"),
        ("Could you tell me what DNA is in layman's terms", "genetic instructions"),
        ("Please explain what inflation is, in simple words", "prices"),
        ("Can you look up what the Rosetta Stone is", "granodiorite"),
        ("What is Python's GIL?", "global interpreter lock"),
        ("what's python's GIL", "global interpreter lock"),
        ("What exactly is Python's GIL?", "global interpreter lock"),
        ("Tell me what Python's GIL is", "global interpreter lock"),
        ("How many bones does a grown-up human have?", "206"),
        ("how many bones in a grown up?", "206"),
        ("How many bones do grown-ups have?", "206"),
        ("How many bones does a fully grown human have?", "206"),
        ("How many teeth does a grown-up have?", "32"),
        ("My nephew asked me what part of the cell makes energy and I've forgotten — what is it called?", "Mitochond"),
        ("What part of the cell makes energy?", "Mitochondria"),
        ("what bit of the cell makes the energy?", "Mitochondria"),
        ("What makes energy in a cell?", "Mitochondria"),
    ],
)
async def test_a_question_in_users_words_is_answered(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question",
    [
        "What is Ruby's GIL?",
        "What was Britain's GDP?",
        "How many bones does a grown-up cat have?",
        "Which part of the cell makes proteins?",
        "Can you explain what a quasar is, in simple words",
    ],
)
async def test_a_question_the_notes_do_not_answer_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("Where has Einstein grown up?", "Where has Einstein grown up?"),
        ("Where had he grown up", "Where had he grown up"),
        ("How many teeth do grown ups have", "How many teeth do adults have"),
        ("How many bones does a grown-up human have?", "How many bones does an adult human have?"),
    ],
)
def test_grown_up_is_an_adult_only_as_a_noun_or_adjective(question, typed):
    assert as_typed(question) == typed
