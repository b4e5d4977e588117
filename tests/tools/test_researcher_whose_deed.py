"""A "when" question about a making is answered only by a date of that making, done to the thing the question names:
"When was Mozilla founded?" is not answered by the Rust Foundation "founded by Mozilla" in 2021, "When was Python
created?" not by "Python 3.13, released in 2024", and "What is Python?" not by who created it."""

from __future__ import annotations

import pytest

from servers.tools.researcher import create_server
from tests.tools.conftest import call, error_text, researched

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    ["When was Mozilla founded?", "When was Google founded?", "When was the Titanic built?"],
)
async def test_a_date_of_a_deed_the_thing_did_or_had_no_part_in_does_not_answer(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


async def test_a_version_of_a_thing_is_not_the_thing(tmp_path):
    answer = await researched(tmp_path, "When was Python created?")
    assert "1989" in answer
    assert "3.13" not in answer


async def test_a_definition_is_not_answered_by_who_made_the_thing(tmp_path):
    answer = await researched(tmp_path, "What is the Python programming language?")
    assert "programming languages" in answer
    assert "created by" not in answer
