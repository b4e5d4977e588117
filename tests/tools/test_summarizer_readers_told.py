"""A text pasted after a short question is found even when its last sentence speaks to the text's own reader ("You
need to have it every year because flu viruses change."); a last sentence that tells the assistant what to do with
the text ("You can leave out the part about ...") is still no part of it, and the text is asked for again.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

LEAFLET = (
    "The flu vaccine is offered free to adults over 65, pregnant women and people with certain health conditions. "
    "It is usually given in the autumn. Some people have a sore arm or feel tired for a day or two afterwards. "
    "It takes about two weeks for the vaccine to work."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you shorten this patient leaflet into a quick summary? "
        f"{LEAFLET} You need to have it every year because flu viruses change.",
        f"Can you sum this up? {LEAFLET} You should book early because flu spreads fast in winter.",
        f"What's the gist of this? {LEAFLET} You will find the vaccine clinic times on the surgery website.",
        f"Could you boil this down for me? {LEAFLET} You can also get the vaccine at most local pharmacies.",
    ],
)
async def test_a_pasted_text_that_ends_by_telling_its_reader_is_summarized(request_text):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None
    assert "flu vaccine" in str(result.structured_content["summary"])


@pytest.mark.parametrize(
    "request_text",
    [
        f"Could you shorten this? {LEAFLET} You can leave out the part about the sore arm if it gets too long.",
        f"Can you sum this up? {LEAFLET} You do not need to mention the autumn in the summary at all.",
    ],
)
async def test_a_last_sentence_that_tells_the_assistant_what_to_do_is_no_part_of_the_text(request_text):
    assert await ask(request_text) is None  # the offline model asks for the text instead
