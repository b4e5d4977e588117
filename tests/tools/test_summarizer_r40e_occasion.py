"""Round 40: the occasion of a summary (who wrote the text, who the summary is for, where it will go, what the
asker will do with it) asks nothing more of it and is summarized; a second job, a question, a side of the text or
new words said beside the occasion still decline."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "The village hall will close for repairs from the third of June. The roof over the main room needs new tiles "
    "and the boiler will be replaced at the same time. Bookings for June have moved to the scout hut on Mill Lane. "
    "The hall should reopen in the middle of July. Any questions can go to the booking secretary."
)


@pytest.mark.parametrize(
    "ask",
    [
        # who wrote or sent the text, and what it is about
        "My neighbour wrote this about the hall, could you summarise it",
        "A customer left this review about our cafe, give me the gist",
        "the committee sent us a long letter about the repairs, main points please",
        "one of the volunteers emailed me this about the hall. sum it up for me",
        "Our treasurer put together this update on the building, boil it down for me",
        "the vicar sent round this notice, tldr please",
        # where the summary will go
        "sum this up in one line for the poster on the noticeboard",
        "give me a short summary of this for the newsletter at work",
        "summarise this for the whiteboard in the staff room please",
        "condense this into two sentences for our page on the village website",
        # what the asker will do with it
        "Give me the main points, need to send them to the bowls club",
        "summarise this in a few lines, want to post it in the parish group",
        "Summarise this in a couple of lines, want to show the lads at the allotments",
        "A neighbour posted this on the village page. Could I get the short version to pass on to my mum",
        "got this off the parish council, give me the main points to stick on the fridge",
        # the text named with who it is from, and nothing else
        "Email from the committee about the hall below - can you boil it down for the parents' whatsapp",
        "my husband's cousin wrote us a long message about the hall, summary please",
    ],
)
async def test_the_occasion_of_a_summary_is_summarized(ask: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {NOTICE}")
    assert result is not None and not result.is_error, result and result.content
    assert "village hall will close" in str(result.structured_content)


@pytest.mark.parametrize(
    "ask",
    [
        "One of the parents wrote this about the hall, can you summarise it and list the dates",
        "shorten this to one sentence for the card in my shop window and tell me when it reopens",
        "One of the parents wrote this about the hall, what does boiler mean?",
        "summarise the dates in this for the card in my shop window",
        "My landlord sent this about the hall, summarise the bits about the bookings",
        "Summarise this in a couple of lines, want to know the dates in the hall",
        "summarise this for the figures on the second page",
        "summarise this for the card in my shop window in plain English",
        "My neighbour wrote this about the hall and the prices, could you summarise it",
        "My neighbour wrote this about the hall, could you summarise just the parts about the roof",
        "give me the main points to stick on the fridge and the prices",
        "Email from the committee about the costs below - summarise the costs",
        "summarise this to send to my boss in French",
        "give me the gist to pass on to my mum and tell me what she should do",
        "Email from the committee below - what does it mean for me",
        "summarise this to show my boss which rooms are shut",
        # what the text says, named where a reader would be: one side of it
        "summarise this for the costs",
        "give me the gist of this for the dates",
        "boil this down for the new rules",
    ],
)
async def test_an_ask_beside_the_occasion_still_declines(ask: str) -> None:
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {NOTICE}")
    assert result is None or result.is_error, result.structured_content
