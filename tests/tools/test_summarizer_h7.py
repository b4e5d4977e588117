"""Summary asks said with the verb in another form ("2 bullet points summarising this", "a paragraph recapping it",
"3 bullets condensing this update") and asks that point at the part of a document that was sent ("summarize this
bit of the newsletter: ...", "this extract from the report: ..."): the text after the colon is summarised whole.
A part named inside the text ("the costs in this", "the second half") is still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked, error_text

pytestmark = pytest.mark.anyio

OUTAGE = (
    "On Tuesday the customer portal was unavailable for 47 minutes during the lunchtime peak. The cause was an "
    "expired TLS certificate on the load balancer. Monitoring did alert, but the alert went to a mailbox that is no "
    "longer watched. The certificate was renewed manually and service was restored. We will move certificate "
    "renewal to an automated job and route alerts to the on-call rota. No customer data was affected."
)
LIBRARY = (
    "The library will close for refurbishment from 4 March to 22 March. During this time, books can be returned at "
    "the community centre on Mill Road. The mobile library will visit the high street every Tuesday and Thursday. "
    "Online services, including e-books and audiobooks, will be available as usual. The refurbished library will "
    "have a new children's area and longer opening hours on Saturdays."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


async def digest(request: str) -> dict[str, object]:
    result = await ask(request)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content is not None
    return result.structured_content


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        (f"Give me 2 bullet points summarising this incident report for the exec team: {OUTAGE}", 2),
        (f"3 bullet points condensing this update please: {LIBRARY}", 3),
        (f"two key points summarizing the following notice: {LIBRARY}", 2),
    ],
)
async def test_bullet_points_summarising_the_text_come_in_the_number_asked(request_text: str, count: int):
    points = (await digest(request_text))["points"]
    assert isinstance(points, list) and len(points) == count
    assert all(isinstance(p, str) and p.rstrip(".") in OUTAGE + LIBRARY for p in points)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Write three sentences summarizing the following notice: {LIBRARY}",
        f"I need a short paragraph recapping this for my manager: {OUTAGE}",
        f"Could you give me two lines summing up this memo: {LIBRARY}",
        f"Can u summarize this bit of the residents newsletter: {LIBRARY}",
        f"Summarise this part of the library notice please: {LIBRARY}",
        f"pls sum up this section of the report: {OUTAGE}",
        f"Could you summarize this extract from the council's newsletter: {LIBRARY}",
        f"Summarize this excerpt of our newsletter in two sentences: {LIBRARY}",
    ],
)
async def test_the_text_after_the_colon_is_summarised_whatever_the_ask_calls_it(request_text: str):
    summary = (await digest(request_text))["summary"]
    assert isinstance(summary, str) and summary
    assert len(summary) < len(OUTAGE if OUTAGE in request_text else LIBRARY)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize the opening hours in this: {LIBRARY}",
        f"Summarise the second half of this notice: {LIBRARY}",
    ],
)
async def test_a_part_named_inside_the_text_is_still_declined(request_text: str):
    result = await ask(request_text)
    assert result is not None and result.is_error
    assert "part" in error_text(result) or "in the text" in error_text(result)


@pytest.mark.parametrize(
    ("request_text", "ask"),
    [
        (
            "Summarise this customer complaint: I bought a stainless steel kettle from your Leeds store on 2 May and "
            "it stopped working after nine days. The switch no longer clicks on and the light does not come on at "
            "all. I have the receipt and the original box. When I phoned customer services I was on hold for forty "
            "minutes and then cut off. I would like either a replacement or a refund as soon as possible.",
            "I would like either a replacement or a refund as soon as possible.",
        ),
        (
            "Summarize this email from a guest: I stayed in room 214 from 3 to 5 June. The air conditioning did not "
            "work and the room was too hot to sleep. I reported it twice at reception but nobody came. We'd "
            "appreciate a partial refund for the two nights.",
            "We'd appreciate a partial refund for the two nights.",
        ),
    ],
)
async def test_a_summary_of_a_complaint_keeps_what_its_writer_asks_for(request_text: str, ask: str):
    summary = (await digest(request_text))["summary"]
    assert isinstance(summary, str) and ask in summary
