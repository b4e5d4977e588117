"""A request whose only "content" is a word on quality or manner ("Write a story - make it a good one", "make it
fun", "keep it short") has no fact to write from: it declines saying what to add, and the remark is never turned
into the text ("Could you please make it a good one?")."""

from __future__ import annotations

import pytest
from conftest import call, declined_by_writer, drafted, tool_server

pytestmark = pytest.mark.anyio

_REMARKS_ONLY = [
    "Write a story - make it a good one",
    "Write me a poem, make it fun",
    "draft an email and keep it short",
    "Can you write a bedtime story for me? Make it really good",
    "write a toast and make sure it is memorable",
    "Write a speech – keep it under 200 words",
    "pls write a limerick & make it super funny",
    "Could you compose a short message — keep it nice and friendly, thanks",
    "Write a story about dragons - make it a good one",
]


@pytest.mark.parametrize("request_text", _REMARKS_ONLY)
@pytest.mark.parametrize("tool", ["draft", "rewrite"])
async def test_a_remark_on_quality_alone_is_declined_with_what_to_add(request_text: str, tool: str) -> None:
    reason = await declined_by_writer(request_text, tool)
    assert "after a colon" in reason


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Write a note to the team, keep it short: the office is closed on Friday 9 May", "Friday 9 May"),
        ("Make this politer - send me the report now", "report"),
    ],
)
async def test_a_remark_beside_facts_still_writes_them(request_text: str, kept: str) -> None:
    text = await drafted(request_text)
    assert kept in text
    assert "good one" not in text


@pytest.mark.parametrize(
    "request_text",
    ["Write a poem for Sarah - make it fun", "Write a story - make it a good one, with a dragon called Bob"],
)
async def test_a_name_or_topic_beside_the_remark_is_not_read_as_a_remark_only(request_text: str) -> None:
    from servers.tools.writer.remarks import remark_only

    assert remark_only(request_text) is None


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a note for the team - make it clear the office is closed on Friday",
        "Draft a message to my landlord - make sure it sounds firm",
        "Rewrite this nicer - make it snappy",
        "Write an email to the parents — keep it brief but warm",
        "Compose a post for the club - make it obvious we need 4 volunteers",
        "write a card for Grandma - make it sweet and mention her 90th",
    ],
)
@pytest.mark.parametrize("tool", ["draft", "rewrite"])
async def test_words_to_the_writer_after_a_dash_are_never_rewritten_as_the_text(request_text: str, tool: str) -> None:
    result = await call(tool_server("writer"), tool, request=request_text)
    if result.is_error:
        return
    text = str(result.structured_content["draft" if tool == "draft" else "rewritten"]).lower()
    assert "make it" not in text and "make sure" not in text and "keep it" not in text, text
