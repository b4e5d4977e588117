"""Where the text to summarize starts when a long lead-in closes with a summary ask after a comma ("..., give me the
gist: <text>"), and when the text after an opening question is a letter that opens by speaking to its own reader
("We are writing to let you know that ..."). Read through the summarizer's real tool schema, as the offline agent
fills it; an ask for more than a summary, or the asker's own instructions, still leave the text unfound."""

from __future__ import annotations

import pytest

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

COMPLAINT = (
    "I ordered a standing desk on the 2nd and was promised delivery within five working days. It is now the 15th "
    "and nothing has arrived. Your tracking page has said 'processing' for a week. I want a refund or a firm date."
)
SUPPLIER = (
    "We are writing to let you know that our prices will rise by 6% from 1 July because of higher bean and "
    "transport costs. Orders placed before then are charged at the current price. Delivery charges are unchanged. "
    "Our account team can answer any questions."
)
MARKET = (
    "Stalls open at 7am on Saturdays from April. Every trader must show a current hygiene certificate. Pitch fees "
    "rise to 30 pounds. Gazebos must be weighted, not pegged."
)


async def summary_of(request: str) -> str | None:
    result = await call_as_asked(create_server(), "digest", request)
    if result is None or result.is_error:
        return None
    return str(result.structured_content["summary"])


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (f"I'm on the support desk and have forty of these to get through, give me the gist: {COMPLAINT}", "desk"),
        (
            "OK so the market organiser sends these long emails every spring and I never read them properly and then "
            f"I get told off for something, so please just summarise it for me: {MARKET}",
            "Stalls",
        ),
        (f"Can you summarise this supplier email? {SUPPLIER}", "6%"),
    ],
)
async def test_a_closing_summary_ask_or_a_letter_after_the_question_is_summarized(request_text, kept):
    summary = await summary_of(request_text)
    assert summary is not None and kept in summary


@pytest.mark.parametrize(
    "request_text",
    [
        f"I'm on the support desk and have forty of these to get through, translate it into French: {COMPLAINT}",
        f"I'm on the support desk and have forty of these to get through, give me the gist and draft a reply: "
        f"{COMPLAINT}",
        "Can you summarise this? Please note that I need it by Friday. The board meets Monday. It is for the chair.",
        # another job before the closing ask: the summary alone does not account for the request
        f"Work out the cost of 3 nights at £89 a night plus a £25 cleaning fee, and summarise this message: {MARKET}",
    ],
)
async def test_an_ask_beyond_a_summary_or_the_askers_own_note_is_still_asked_again(request_text):
    assert await summary_of(request_text) is None
