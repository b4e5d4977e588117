"""Who the asker is and when they need it ("I'm a parent governor and need the gist of this before tonight", "as
treasurer I need a summary by 5pm") is their situation, not a side of the text: the text is summarized. Keywords
ranked as "main", "top 5" or "most important" are the keywords job. A deadline that dates the text's own events
("what changed before Friday"), a part of the text ("the top 3 paragraphs") or an aspect of it ("I need the costs
in this") is still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

SLEEP = (
    "Teenagers need around eight to ten hours of sleep a night. Many get far less because school starts early and "
    "phones keep them up late. Lack of sleep is linked to poorer concentration, low mood and weaker exam results. "
    "Some schools have tried starting later in the morning. In those schools attendance improved and pupils "
    "reported feeling more alert."
)
RECALL = (
    "The manufacturer has recalled 8,000 electric kettles sold between March and June. A faulty switch can stop "
    "the kettle from turning off once the water boils. Customers should stop using the kettle straight away. "
    "Refunds are available at any branch, with or without a receipt. The company said no injuries have been "
    "reported."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        f"I'm a parent governor and need the gist of this before tonight: {SLEEP}",
        f"As a school governor I need the gist of this before Monday's meeting: {SLEEP}",
        f"im a trustee, need a quick summary of this by 5pm pls: {SLEEP}",
        f"I'm a nurse on nights so need a summary before my shift: {SLEEP}",
        f"Summarise this for me by tomorrow morning: {SLEEP}",
        f"As the new treasurer, I need the main points of this within the hour: {SLEEP}",
        f"Can you sum this up asap, I'm a year head: {SLEEP}",
        f"We're school nurses and need the gist before lunch: {SLEEP}",
    ],
)
async def test_who_asks_and_by_when_is_no_ask_of_the_text(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None
    assert "sleep" in str(data.get("summary") or data.get("points"))


@pytest.mark.parametrize(
    "request_text",
    [
        f"What are the main keywords in this notice? {RECALL}",
        f"List the top 5 keywords in this notice: {RECALL}",
        f"what r the most important key words here: {RECALL}",
        f"What are the key words in this notice? {RECALL}",
        f"Pull out the main tags for this: {RECALL}",
        f"give me the 4 most important keywords from this recall notice please: {RECALL}",
    ],
)
async def test_ranked_keywords_are_the_keywords_job(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None
    terms = data["keywords"]
    assert terms[0] == "kettle"
    assert all(term in RECALL.lower() for term in terms)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise what changed before Friday in this: {SLEEP}",
        f"Summarise the top 3 paragraphs: {SLEEP}",
        f"As a governor I need the costs in this: {SLEEP}",
        f"Need the dates from this by tonight: {SLEEP}",
        f"What are the main terms of this notice? {RECALL}",
        f"what keywords would you add to this notice? {RECALL}",
    ],
)
async def test_a_part_an_aspect_or_new_keywords_are_still_declined(request_text):
    result = await ask(request_text)
    assert result is None or result.is_error, result.structured_content
