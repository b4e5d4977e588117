"""The agents a request is put to, the summarizer among them, are no part of what is asked: "Have the summariser
and the writer each give me a short version of this: ..." asks the summarizer for a short version (it was
declined as asking for 'summariser writer each'). A rewrite or a language asked in the same breath is still
declined. One word called out before the ask ("Yalla summarise this", "Oi, sum this up", "Boss tldr this") gets the
listener going or names whom it is said to, and asks nothing either; a word that turns the ask down is still
declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

POOL = (
    "The gym pool closes for repairs from 1 to 14 March. Members get a week added to their membership. Classes "
    "move to studio two."
)
BINS = (
    "Residents must remove bins from the kerb by 8pm. Bins left out will not be emptied next week. Repeat offences "
    "may be fined."
)

TRACKS = (
    "Every jeep entering the reserve must carry a permit from the visitor centre. Drivers must stay on the marked "
    "tracks. Campfires are allowed only inside the camps. Rangers will check vehicles every week."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Have the summariser and the writer each give me a short version of this: {POOL}",
        f"Get the summarizer and the researcher to sum this up: {POOL}",
        f"Ask the summariser to give me the gist of this: {BINS}",
        f"let the summarizer, the writer and the fact checker each summarise this: {BINS}",
        f"Have both the summariser and the writer give me the short version of this: {BINS}",
        f"get the summarizer to do a tl;dr of this pls: {POOL}",
    ],
)
async def test_the_agents_asked_are_no_part_of_the_ask(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and data["summary"]


@pytest.mark.parametrize(
    "request_text",
    [
        f"Have the writer give me a rewrite and the summariser a summary of this: {POOL}",
        f"Ask the summariser to give me the gist of this in Spanish: {BINS}",
    ],
)
async def test_a_rewrite_or_a_language_beside_it_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content


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
