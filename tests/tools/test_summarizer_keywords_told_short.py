"""Keywords asked of a text are told as its terms alone: read back as term-and-count pairs, the keywords of a
short text where nothing repeats were longer than the text itself. An ask for something else in the same breath
is still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them, and the answer
is scored as a person reads it: rendered, and shorter than the text it came from.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from agents.models.local import render_data
from servers.tools.summarizer import create_server
from tests.benchmarks.scoring import summary_ok
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

GARDEN = (
    "Tomatoes need full sun, regular watering and a rich soil. Pinch out side shoots on cordon varieties. Feed "
    "weekly with a high potash fertiliser once the first truss sets. Watch for blight in wet summers and remove "
    "affected leaves promptly."
)
SCHOOL = (
    "Parents evening is on Thursday from four until seven. Teachers will share reports and targets. Please book "
    "a slot online by Tuesday. Refreshments are served in the hall."
)
BIKE = (
    "Check tyre pressure before every ride. Lubricate the chain monthly. Replace brake pads when grooves wear "
    "away. Store the frame indoors during winter."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Give me the keywords from this: {GARDEN}",
        f"keywords please: {SCHOOL}",
        f"What are the key terms in this note? {BIKE}",
        f"Could you pull out the keywords here: {SCHOOL}",
        f"pull out some tags for this paragraph: {GARDEN}",
        f"List the keywords in this, thanks: {BIKE}",
    ],
)
async def test_keywords_are_told_as_terms_shorter_than_the_text(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and data["keywords"]
    assert all(isinstance(term, str) and term.split()[0] in request_text.lower() for term in data["keywords"])
    assert summary_ok(request_text, render_data(data)) == (True, "")


async def test_main_keywords_of_a_text_where_nothing_repeats_say_they_are_unranked():
    result = await ask(f"Could you pull out the main keywords here: {SCHOOL}")
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and data["keywords"] and "reading order" in data["note"]


@pytest.mark.parametrize(
    "request_text",
    [
        f"What keywords would you add to this notice? {SCHOOL}",
        f"Give me the keywords from this and translate them into French: {GARDEN}",
    ],
)
async def test_new_or_translated_keywords_are_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content
