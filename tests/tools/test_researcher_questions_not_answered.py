"""A question passed on with the asker's own failure to answer it ("My niece asked me what gas plants take in for
photosynthesis and I blanked", "... and I had no idea", "... but I couldn't remember") asks only the question:
the failure is no topic to look up (it was 'nothing matched ... blanked'). A passed-on question the notes do not
cover is still not answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def ask(tmp_path, request: str):
    return await call(create_server(tmp_path), "answer", request=request)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("My niece asked me what gas plants take in for photosynthesis and I blanked. Which one is it?", "carbon"),
        ("My son asked which gas plants take in and I had no idea. Any idea?", "carbon dioxide"),
        ("my daughter wants to know who wrote Jane Eyre but I couldn't remember", "Charlotte Brontë"),
        ("My nephew asked me what DNA stands for and I drew a blank. What is it?", "deoxyribonucleic"),
        ("Our grandson asked which organ makes insulin and we were stumped.", "pancreas"),
        ("my kid asked me what the capital of Canada is and I honestly wasn't sure", "Ottawa"),
    ],
)
async def test_a_question_passed_on_unanswered_asks_only_the_question(tmp_path, request_text, expected):
    result = await ask(tmp_path, request_text)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "My friend asked what the best pizza topping is and I blanked. What is it?",
        "My son asked me what my bank's phone number is and I forgot.",
    ],
)
async def test_a_passed_on_question_no_note_covers_is_not_answered(tmp_path, request_text):
    result = await ask(tmp_path, request_text)
    assert result.is_error and "knowledge base" in error_text(result)
