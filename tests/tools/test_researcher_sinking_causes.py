"""Why something happened is answered by the sentence that gives its cause: "Why did the Titanic sink?", asked
as "How come ...?" or "What made ... sink?" too, is answered with the iceberg, never with the date alone. "What
makes an operation idempotent?" still asks what it is to be so, and a cause the notes never give is declined."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.gate import read_asked

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "Why did the Titanic sink?",
        "why did the titanic sink",
        "What caused the Titanic to sink?",
        "What made the Titanic sink?",
        "How come the Titanic sank?",
    ],
)
async def test_why_the_titanic_sank_is_answered_with_its_cause(tmp_path, question):
    assert "iceberg" in await researched(tmp_path, question)


@pytest.mark.parametrize("question", ["How come the sky is blue?", "What makes the sky blue?"])
async def test_how_come_asks_why(tmp_path, question):
    assert "scatter" in await researched(tmp_path, question)


async def test_when_it_sank_is_still_answered_with_the_date(tmp_path):
    assert "15 April 1912" in await researched(tmp_path, "When did the Titanic sink?")


@pytest.mark.parametrize("question", ["Why did the Titanic hit an iceberg?", "How come the Berlin Wall fell?"])
async def test_a_cause_the_notes_never_give_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base matched" in error_text(result)


def test_what_makes_a_quality_asks_what_it_is_not_why():
    asked = read_asked("What makes an operation idempotent?")
    assert asked is None or asked.kind != "why"
