"""One word called out before the ask ("Yalla summarise this", "Oi, sum this up", "Boss tldr this") gets the
listener going or names whom it is said to: it asks nothing of the summary (it was declined as an ask for
'yalla'). A word that turns the ask down, or a side of the text asked after the verb, is still declined."""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

TRACKS = (
    "Every jeep entering the reserve must carry a permit from the visitor centre. Drivers must stay on the marked "
    "tracks. Campfires are allowed only inside the camps. Rangers will check vehicles every week."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Yalla summarise this for my drivers, short: {TRACKS}",
        f"Oi, sum this up: {TRACKS}",
        f"Boss tldr this: {TRACKS}",
        f"Wallahi summarize it for me: {TRACKS}",
    ],
)
async def test_a_word_called_out_before_the_ask_asks_nothing(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None and "permit" in result.structured_content["summary"]


@pytest.mark.parametrize(
    "request_text",
    [
        f"Never summarise this, just fix the spelling: {TRACKS}",
        f"Yalla summarise the campfire rules in Arabic: {TRACKS}",
    ],
)
async def test_a_turned_down_or_other_ask_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content
