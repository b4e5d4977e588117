"""Round 39: a text pointed at with who sent it in several words ("this from the parish council clerk") and others'
questions about the text itself told before the ask ("Customers keep asking about this, so ...") are summarized:
they say where the text came from or why it is wanted. A question about a side of it ("asking about the fees"), a
second ask or a focus still declines."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The allotment site gates will be locked at dusk from 1 November. Plot holders must clear dead growth from "
    "paths by the end of the month. Water troughs will be drained on 15 November to stop the pipes freezing. The "
    "annual rent of 40 pounds is due on 1 January. The shed key can be collected from the secretary."
)


@pytest.mark.parametrize(
    "ask",
    [
        "give me the gist of this from the parish council clerk please",
        "Can you condense this from the site management committee",
        "Boil down this from our new lettings agent for me",
        "The tenants keep asking about this so could you summarise it",
        "Members have been ringing me about this, so can you cut it down",
        "Lots of people keep emailing us about it again and can you give me the gist",
    ],
)
async def test_who_it_came_from_and_who_asks_about_it_is_summarized(ask: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {NOTICE}")
    assert result is not None and not result.is_error, result and result.content
    assert "gates will be locked" in str(result.structured_content)


@pytest.mark.parametrize(
    "ask",
    [
        "The tenants keep asking about the rent so could you summarise this",
        "Members have been ringing me about the water troughs, so can you cut this down",
        "sum this up from the parish council clerk's point of view please",
        "summarise this from the secretary and tell me what I owe",
        "People keep asking about this so can you summarise it and draft a reply",
    ],
)
async def test_a_side_of_it_or_a_second_ask_still_declines(ask: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {NOTICE}")
    assert result is None or result.is_error, result.structured_content
