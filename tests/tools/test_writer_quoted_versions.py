"""A polite (friendly, formal) version of quoted words really rewrites them ("Could you please send your RSVP by
1 June?") or declines: the terse or rude original is never pasted as it was into a reminder's frame."""

from __future__ import annotations

import re

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio


async def _answer(request: str) -> tuple[bool, str]:
    result = await call(tool_server("writer"), "draft", request=request)
    if result.is_error:
        return False, error_text(result)
    return True, str(result.structured_content["draft"])


@pytest.mark.parametrize(
    ("request_text", "quote"),
    [
        ("Polite reminder version please: 'need your RSVP by 1 June'", "need your RSVP by 1 June"),
        ("Polite text message version: 'bring the van back by 6pm'", "bring the van back by 6pm"),
        (
            "friendly reminder version pls: 'your library books are overdue since 2 March'",
            "your library books are overdue since 2 March",
        ),
        ("Can I get a polite version of this: 'need the deposit from Priya by 14 July'", "need the deposit"),
        ("professional version: 'payment due 3 May, no excuses'", "payment due 3 May, no excuses"),
        ('Make a nicer email out of this: "need the keys back by Monday"', "need the keys back by Monday"),
        ("polite reminder: 'stop being late, it is annoying'", "it is annoying"),
        ("polite reminder: 'rent due on the 5th, pay it'", "rent due on the 5th, pay it"),
        ("Write a courteous note to Tom: 'bring my drill back by Sunday'", "bring my drill back by Sunday"),
    ],
)
async def test_a_courteous_version_never_pastes_the_quote_unchanged(request_text: str, quote: str) -> None:
    answered, text = await _answer(request_text)
    if answered:
        words = " ".join(re.findall(r"\w+", quote.lower()))
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            said = " ".join(re.findall(r"\w+", sentence.lower()))
            assert words not in said or re.search(r"\b(?:please|could you|would you)\b", said), text
    else:
        assert "rewrite" in text.lower() or "pasted" in text or "polite" in text or "unchanged" in text, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Polite version please: 'send me the report by Friday'",
        "Formal version of this: 'we need the signed form by 12 May'",
    ],
)
async def test_a_quote_asked_courteously_is_still_rewritten(request_text: str) -> None:
    answered, text = await _answer(request_text)
    assert answered, text
    assert re.search(r"\b(?:please|could you)\b", text, re.I), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a polite email to the team: 'the meeting moved to 3pm'",
        "Polite reminder version: 'please send your RSVP by 1 June'",
    ],
)
async def test_civil_quoted_words_may_stand(request_text: str) -> None:
    from servers.tools.writer.quoted_versions import pasted_quote

    assert (
        pasted_quote(request_text, "compose", request_text.split(":")[0], request_text.split(": ", 1)[1], "x") is None
    )


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        ("Polite reminder version please: 'need your RSVP by 1 June'", "Could you please send your RSVP by 1 June?"),
        ("polite reminder: 'rent due on the 5th, pay it'", "Could you please pay it?"),
    ],
)
async def test_a_courteous_version_says_the_quote_anew(request_text: str, asked: str) -> None:
    answered, text = await _answer(request_text)
    assert answered, text
    assert asked in text
