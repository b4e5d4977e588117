"""A sentence that says who the user is and then announces the parts ("I'm a data analyst and I'm juggling two
things.") asks for nothing: it is no context for the first part, which gets only its own question. A sentence
that says more than who the user is, or announces nothing, is left as it was."""

import pytest

from patterns import split_tasks
from patterns.lists import announces_list

CODE = "```python\ndef get(conn, name):\n    return conn.execute('SELECT * FROM t WHERE n = %s' % name)\n```"

ANNOUNCED = [
    "I'm a data analyst and I'm juggling two things.",
    "I'm a teacher and I have three questions.",
    "I run a café and I've got a couple of things.",
    "We're a small charity and we need two things.",
    "I am a nurse and I have two quick questions",
    "I work as a plumber and I've got three jobs for you.",
]


@pytest.mark.parametrize("sentence", ANNOUNCED)
def test_who_i_am_then_an_announcement_announces_the_parts(sentence: str) -> None:
    assert announces_list(sentence)


@pytest.mark.parametrize("sentence", ANNOUNCED[:3])
def test_the_first_part_gets_only_its_own_question(sentence: str) -> None:
    pieces = split_tasks(f"{sentence} What's the median of 3, 7, 9, 15, 21? And would you review this\n{CODE}")
    assert pieces[0].text == "What's the median of 3, 7, 9, 15, 21?"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a data analyst and my dataset has two columns.",  # a fact about the work, no announcement
        "I have two kids and three dogs.",
        "I'm juggling two jobs and a degree.",
        "The shop sold two things and made £40.",
    ],
)
def test_other_sentences_announce_nothing(sentence: str) -> None:
    assert not announces_list(sentence)
