"""The researcher answers only from passages about the question's subject, not ones that share a single word."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    ["what is the meaning of life", "What's the meaning of life?", "tell me the secret of life"],
)
async def test_one_shared_word_is_not_an_answer(tmp_path, question: str):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error
    message = error_text(result)
    assert "Nothing in the knowledge base" in message and "end of life" not in message


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What is the history of Python?", "Python"),
        ("What is idempotency?", "idempotent"),
        ("When did Python 2 reach its end of life?", "2020"),
    ],
)
async def test_a_question_about_the_documents_subject_is_still_answered(tmp_path, question: str, passage: str):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert not result.is_error, error_text(result)
    assert result.structured_content and passage in result.structured_content["answer"]
