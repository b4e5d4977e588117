"""Round 36: texts of different kinds that open with their point (a news item, incident notes, a recall notice, a
weather warning, meeting minutes, handover notes, a staff email after its greeting) keep that opening sentence in
every summary, one sentence or several; a text that opens with a question, a greeting or a lead-in ending in a
colon is ranked by its words, and the opening never stands in for the point."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

from servers.tools.summarizer.extractive import extract
from servers.tools.summarizer.leads import states

pytestmark = pytest.mark.anyio

LIBRARY = (
    "The library on Park Road will close for six months from 1 May for a new roof. Books can be returned at the "
    "Town Hall branch instead. The mobile library van will visit the estate every Tuesday. Staff will move to other "
    "branches during the works. The council expects the branch to reopen in November with a new children's area."
)
OUTAGE = (
    "Email was down for all staff from 9:10 to 10:45 this morning after a certificate expired on the mail gateway. "
    "About 400 messages were queued and have now been delivered. The service desk logged 37 calls. A reminder has "
    "been added to the calendar so the certificate is renewed a month before it runs out next year."
)
RECALL = (
    "Brightway is recalling its 2-litre kettles sold between March and June because the handle can come loose when "
    "hot. Customers should stop using the kettle and return it to any store for a full refund. No receipt is "
    "needed. Other Brightway kettles are not affected."
)
SNOW = (
    "A yellow warning for snow and ice covers the north of Scotland from 6pm on Thursday until noon on Friday. Up "
    "to 10 cm of snow may fall on high ground. Some rural communities could be cut off. Drivers should allow extra "
    "time and check for road closures before setting off."
)
MINUTES = (
    "The committee agreed the budget of £12,400 for the summer fair. Jo will book the bouncy castle by the end of "
    "the month. The raffle prizes are still needed, so members were asked to ask local shops. Next meeting is on 4 "
    "March at the pavilion."
)
WARD = (
    "Day shift handed over 14 patients, two of them new admissions. Bed 6 needs a falls assessment before the "
    "evening. The drugs fridge alarm went off twice and facilities are checking the seal. Mrs Khan's daughter will "
    "phone at noon about discharge plans. The CT scanner is booked for bed 9 at 3pm."
)
CAR_PARK = (
    "Hi all,\n\nThe staff car park will be resurfaced over the half-term week, so it will be closed from Monday 17 "
    "February. Please park at the leisure centre, which has agreed to let us use 40 spaces. Blue badge holders can "
    "still use the four bays by reception. Thanks for your patience.\n\nMaria"
)


@pytest.mark.parametrize(
    ("request_text", "lead"),
    [
        (f"Summarise this news item: {LIBRARY}", "The library on Park Road will close"),
        (f"Can you summarise these incident notes? {OUTAGE}", "Email was down for all staff"),
        (f"TL;DR of the recall notice: {RECALL}", "Brightway is recalling"),
        (f"Summarise this: {SNOW}", "A yellow warning for snow and ice"),
        (f"Sum up the minutes please: {MINUTES}", "The committee agreed the budget"),
        (f"Summarise the ward handover: {WARD}", "Day shift handed over 14 patients"),
        (f"Summarise in one sentence: {WARD}", "Day shift handed over 14 patients"),
        (f"Give me the gist of this in two sentences: {LIBRARY}", "The library on Park Road will close"),
        (f"Summarise: {CAR_PARK}", "The staff car park will be resurfaced"),
    ],
)
async def test_the_opening_point_leads_the_summary(request_text: str, lead: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", request_text)
    assert result is not None and not result.is_error, result and result.content
    assert result.structured_content["summary"].startswith(lead)


@pytest.mark.parametrize(
    "opening",
    [
        "Why do cats purr?",
        "Hi all,",
        "Dear parents,",
        "Hope you're all well.",
        "Here are the notes from today's meeting:",
        "Update",
        "Thanks for your email.",
    ],
)
def test_an_opening_that_states_nothing_is_no_lead(opening: str):
    assert not states(opening)


def test_a_question_at_the_top_does_not_take_a_one_sentence_summary():
    text = (
        "Why do cats purr? Scientists think purring helps cats calm themselves. Cats purr when content, but also "
        "when injured or frightened. Purring at certain frequencies may even help bones heal."
    )
    assert extract(text, 1).indexes != [0]


async def test_a_thank_you_that_names_the_event_leads():
    text = (
        "Thank you for signing up to help at the Spring Fair on Saturday 26 April. Please arrive by 9am to collect "
        "your apron and float. Stalls open at 10am and close at 3pm. Tables must be cleared before you leave."
    )
    result = await call_as_asked(tool_server("summarizer"), "digest", f"Shorten this for the volunteers: {text}")
    assert result is not None and not result.is_error, result and result.content
    assert "Spring Fair" in result.structured_content["summary"]
