"""A question made only of a deed ('who did not pay?', 'who paid?') names nothing to look up: a note that happens
to say the deed ('players could be paid') is not an answer to it. Said of a thing, the deed is still answered."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("request_text", ["tell me who did not pay.", "Who paid?", "Who has paid so far?"])
async def test_a_question_of_a_deed_alone_is_not_answered(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert "Nothing in the knowledge base" in error_text(result) or "what to look up" in error_text(result)


async def test_the_deed_said_of_a_thing_is_answered(tmp_path) -> None:
    assert "time lost from work" in await researched(tmp_path, "How were rugby league players paid?")
