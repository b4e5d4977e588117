"""A "when" question about a founding is answered only by a date the notes give of that founding, of that thing:
"When was the British Museum founded?" is not answered by the Rosetta Stone "on display since 1802" there (soldiers
"found" it, which is no founding), nor "When was Microsoft founded?" by GitHub's founding year in a sentence whose
other clause tells what Microsoft did. Other deeds may be told in other words ("the first confirmed ascent")."""

from __future__ import annotations

import pytest

from servers.tools.researcher import create_server
from tests.tools.conftest import call, error_text, researched

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "When was the British Museum founded?",
        "What year was the British Museum founded?",
        "When was the British Museum first founded?",
        "When was Microsoft founded?",
        "In what year was Microsoft founded?",
        "when was microsoft founded",
    ],
)
async def test_a_date_of_another_deed_or_thing_does_not_answer_a_founding(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the UN founded?", "1945"),
        ("What year was the United Nations founded?", "1945"),
        ("When was the Rust Foundation founded?", "2021"),
        ("When did Hillary and Tenzing climb Everest?", "1953"),
        ("When did World War I start?", "1914"),
        ("When did the Titanic sink?", "1912"),
        ("When was penicillin discovered?", "1928"),
    ],
)
async def test_a_date_the_notes_give_of_the_deed_still_answers(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)
