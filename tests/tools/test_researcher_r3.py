"""A note named after a person also speaks of others: a sentence that gives the question's deed to someone else
("Norse sailors led by Leif Erikson landed in North America", in the note on Columbus) does not answer a question
about the person the note is named after, however it is worded; it still answers one about the other person."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "question",
    [
        "Where did Columbus land?",
        "Where did Columbus land in the end?",
        "So where did Columbus land, in the end?",
        "Where did Christopher Columbus land?",
        "Where did Columbus first land?",
        "When did Columbus land?",
    ],
)
async def test_a_deed_of_another_person_does_not_answer_for_the_subject(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Leif Erikson" not in str(result.content)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where did Leif Erikson land?", "North America"),
        ("When did Leif Erikson land in North America?", "1000"),
        ("When did Columbus cross the Atlantic?", "1492"),
        ("Where was Napoleon born?", "Ajaccio"),
        ("Where did Napoleon die?", "Saint Helena"),
        ("When did Napoleon crown himself emperor?", "1804"),
    ],
)
async def test_sentences_about_the_subject_or_the_other_person_still_answer(tmp_path, question, expected):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]
