""" "What does X do?" is answered by a deed of X's ("The liver cleans the blood ...") or the kind of thing it is
("The human heart is a muscular pump"), before a sentence on how big or how ranked it is ("The liver is the
largest internal organ ...", which was the answer). A thing no note says anything of is still not answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("What does the liver do?", "cleans the blood", "largest"),
        ("what does the liver actually do", "makes bile", "1.5 kilograms"),
        ("What does your liver do?", "cleans the blood", "largest"),
        ("So what does the liver do, exactly?", "stores sugar", "largest"),
        ("What does the heart do?", "pump", "beats about"),
        ("What does a circuit breaker do?", "protects", "half-open"),
    ],
)
async def test_what_a_thing_does_comes_before_its_size(tmp_path, question, expected, not_expected):
    answer = await researched(tmp_path, question)
    assert expected in answer and not_expected not in answer


@pytest.mark.parametrize("question", ["What does the spleen do?", "What does the gallbladder do?"])
async def test_a_thing_no_note_speaks_of_is_not_answered(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error and "Nothing in the knowledge base" in error_text(result)
