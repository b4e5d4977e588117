"""What the asker will do with the summary, said of it, is no ask: "a short summary I can print out for him",
"one we can pin up in the staffroom", "a quick summary I could forward to my boss" (the first was declined as
asking for 'print'). Only verbs of passing a text on or keeping it are read so: a language, a form or a second
ask in the same breath is still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

TABLET = (
    "\"Grandad's new tablet is set up with large text and the video call app on the home screen. His password is "
    "written in the blue notebook. He should charge it every night. If the screen freezes, hold the power button "
    'for ten seconds. Auntie Rose will visit on Wednesdays to help."'
)
POOL = (
    "The gym pool closes for repairs from 1 to 14 March. Members get a week added to their membership. Classes "
    "move to studio two."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"{TABLET}\n\nCan you make this into a short summary I can print out for him?",
        f"{TABLET}\n\nCould you do a brief summary of this that we can stick on the fridge?",
        f"I need a summary we can pin up in the staffroom: {POOL}",
        f"Give me a quick summary I could forward to my boss: {POOL}",
        f"sum this up in a line i can text to my sister pls: {POOL}",
        f"Can I get a short summary of this which I'll share with the class? {POOL}",
    ],
)
async def test_what_the_asker_will_do_with_the_summary_is_no_ask(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and data["summary"]


@pytest.mark.parametrize(
    "request_text",
    [
        f"a short summary I can read in Spanish please: {POOL}",
        f"Give me a summary I can send to my boss with the costs in a table: {POOL}",
    ],
)
async def test_a_language_or_form_in_the_same_clause_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content
