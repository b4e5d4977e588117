"""How people point at and pass on the text they want summarized, said in words the ask reader left over: the text
pointed at before its name ("the below circular", "the above notice", "the attached memo"); who sent it, said after
the ask with no stop between, as typed on a phone ("tldr this pls our mentor sent it and its so long"); and the
keywords asked with "which" ("Which are the main keywords in this text?"). Near-misses: a side of the text, a
second ask, and a question joined after the ask are still declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome, picked_from

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "From 3 March the loading bay will open at 6am instead of 7am. Drivers must sign in at the gatehouse and show "
    "their delivery note. Vans over 3.5 tonnes must use the rear entrance on Mill Lane. The bay will close for "
    "cleaning every Friday from 2pm to 3pm. Questions should go to the yard supervisor."
)
RULES = (
    "Each swimmer may enter at most four individual events at the gala. Entries close on 12 May and late entries "
    "will not be accepted. Swimmers must wear the club cap in every race. Parents may watch from the upper gallery "
    "only. Results will be posted on the club website the following Monday."
)


@pytest.mark.parametrize(
    ("request_text", "material"),
    [
        (f"Kindly summarise the below notice for the drivers.\n\n{NOTICE}", NOTICE),
        (f"Please give me a summary of the above memo for the night shift:\n\n{NOTICE}", NOTICE),
        (f"Could you condense the attached bulletin for our yard staff?\n\n{NOTICE}", NOTICE),
        (f"sum up the following circular pls: {RULES}", RULES),
    ],
)
async def test_a_text_pointed_at_before_its_name_is_summarized(request_text: str, material: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert picked_from(material, outcome.text)


@pytest.mark.parametrize(
    ("request_text", "material"),
    [
        (f"tldr pls the coach sent it and its way too long:\n\n{RULES}", RULES),
        (f"sum this up my landlord sent it this morning: {NOTICE}", NOTICE),
        (f"can u shorten this our gaffer forwarded it to us:\n\n{NOTICE}", NOTICE),
        (f"gist of this pls, the club secretary emailed it over: {RULES}", RULES),
    ],
)
async def test_who_sent_the_text_said_after_the_ask_asks_nothing_more(request_text: str, material: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert picked_from(material, outcome.text)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Which are the main keywords in this notice? It went up at the depot.\n\n{NOTICE}",
        f"which are the key terms here: {RULES}",
    ],
)
async def test_keywords_asked_with_which_are_listed(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    assert "keywords" in outcome.text.lower()


@pytest.mark.parametrize(
    "request_text",
    [
        f"Kindly summarise the below notice, only the parts about the vans: {NOTICE}",
        f"summarise the above circular and the late entry rules: {RULES}",
        f"tldr pls the coach sent it, what does he want me to do: {RULES}",
        f"sum this up my landlord sent it, and tell me if I need to reply: {NOTICE}",
        f"Which keywords in this notice matter for drivers? {NOTICE}",
        f"tldr this pls our coach sent it about the entries: {RULES}",
    ],
)
async def test_a_side_a_second_ask_or_a_question_is_still_declined(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status != "completed", outcome.text
