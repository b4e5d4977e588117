"""A request sent to named agents before a colon ("Send this to both the fact checker and the researcher: ...",
"Ask both of your checkers: ...", "Run this past the researcher and the fact checker both: ...") asks what follows
the colon: the agents it names are no topic to look up (it was 'nothing matched ... checkers'). What follows is
still answered only from the notes."""

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
        ("Send this to both the fact checker and the researcher: Mercury is the closest planet to the Sun.", "Mercury"),
        ("Ask both of your checkers: is the Pacific the largest ocean?", "Pacific"),
        ("Run this past the researcher and the fact checker both: the Nile flows into the Mediterranean Sea.", "Nile"),
        ("Ask the researcher and the writer: who wrote Jane Eyre?", "Charlotte Brontë"),
        ("can you send this to all of you: what does DNA stand for?", "deoxyribonucleic"),
        ("Pass this to the researchers - and the fact-checker too: which organ makes insulin?", "pancreas"),
    ],
)
async def test_the_agents_a_request_is_sent_to_are_no_topic(tmp_path, request_text, expected):
    result = await ask(tmp_path, request_text)
    assert not result.is_error, result.content
    assert expected in result.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Send this to both the fact checker and the researcher: my landlord is a crook.",
        "Ask both of your checkers: what's the best pizza in town?",
    ],
)
async def test_what_follows_the_colon_is_still_answered_only_from_the_notes(tmp_path, request_text):
    result = await ask(tmp_path, request_text)
    assert result.is_error and "Nothing in the knowledge base" in error_text(result)
