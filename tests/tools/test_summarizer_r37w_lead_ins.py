"""Round 37: summary asks that name their text by whose it is, when it was written, how the asker came by it or who
it is for ("yesterday's handover notes for the night team", "the minutes we got through the door", "this review a
customer posted about our cafe on Google", "the notes I scribbled during the webinar on pensions") are summarized;
the same asks with a form, a focus, a part or a second ask beside them ("in chronological order", "the costs my
colleague wrote up", "... and predict what happens next") still decline."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

ALLOTMENT = (
    "Water troughs will be turned on from 1 April. Plot 14 has been given to a new tenant. The shed roof needs "
    "repairing before winter. Bonfires are only allowed on the first Sunday of the month. Rents will stay the same "
    "next year."
)
SHOW = (
    "The show went up two minutes late because of a queue at the bar. In Act 2 the doorbell sound cue was missed. "
    "The stage left flat stuck during the change into the ballroom scene. One audience member was taken ill and "
    "left at the interval. The running time was two hours twenty-four minutes."
)

NAMED = [
    "Summarise my diary entry for the keepers' log",
    "Pull out the key points of last night's show report",
    "Give me the key points from this customer feedback we collected at the taproom",
    "Got this letter from my landlord, what's it actually saying? Summarize it",
    "Summarise yesterday's handover notes for the night team",
    "Pull out the main points of this morning's site diary",
    "Give me the gist of the parish council minutes we got through the door",
    "Can you sum up my notes from the parents' evening for my partner",
    "Key points from this staff survey we ran in March please",
    "Summarize the coach's email that came in this morning",
    "What's this letter really about? Summarise it",
    "Tl;dr of last week's board paper for the trustees",
    "Could you boil down my brother's long text about the holiday",
    "Summarise the vet's discharge notes I was handed today",
    "Quick summary of the incident report my colleague wrote up please",
    "Sum up the tenants' association newsletter for my mum",
    "I'm a governor and this report landed in my inbox an hour before the meeting, can you give me the key points",
    "Summarise my manager's feedback from my annual review",
    "Could you give me the main points of the planning objection my neighbour drafted",
    "Summarise the safety briefing the site manager read out this morning",
    "Main points of the email we’ve had from the venue please",
    "gist of my mum's voicemail I typed up",
    "Could you summarise the referee's report from Saturday's match for the league secretary",
    "Summarise the complaint a guest left on the booking site",
    "Key points of today's stand-up please, for the people who missed it",
    "I run a small bakery and the landlord's agent sent over this renewal letter, can you summarise it",
    "Summarise the notes I scribbled during the webinar on pensions",
    "Sum up the minutes from Tuesday's allotment committee meeting",
    "Summarise this review a customer posted about our cafe on Google",
    "Summarise what the letting agent sent us yesterday",
    "Key points of the notice on the noticeboard in the lobby please",
    "Summarise this for the maintenance log",
    "Right, summarise the letting agent's email so I can forward it to my flatmates",
    "Hiya! Could you summarise this notice we had pushed under the door",
    "Give me the key points of the email from the agency, I need to put them in the shared calendar",
    "Need the gist of this notice for the residents' WhatsApp",
    "Summarise the text my landlady sent me this morning",
    "List the main points of the letter my dad got from the council last week, he's 84 and confused by it",
    "Gist of the council leaflet we found on the doormat this morning pls",
    "Summarise the leaflet that came with the new bin, I'm going to stick it on the fridge",
    "Pull out the keywords from the leaflet the council put through our door",
]

DECLINED = [
    "Summarise the cues in last night's show report",
    "Summarise the report we wrote in chronological order",
    "Summarise the show report I got and tell me whether the director should be worried",
    "Summarise my diary entry for the keepers' log in French",
    "Summarise the costs my colleague wrote up",
    "Summarise the email that came in this morning and predict what happens next",
    "Pull out the key points of last night's show report and rank them by importance",
    "Summarise the problems in this show report we got",
    "Summarise the show report we got in detail",
    "Summarise the show report my colleague wrote up as a table",
    "Summarise the report that came in this morning for a ten-year-old",
    "Give me the key points of the show report we got by topic",
    "Summarise the minutes we got through the door in date order",
    "Summarise the feedback in this report we collected at the taproom",
    "Summarise the notice on the noticeboard in French",
    "Summarise what the letting agent sent us yesterday in chronological order",
    "Summarise the leaflet the council sent round, and tell me if I need to pay",
]


@pytest.mark.parametrize("ask", NAMED)
@pytest.mark.parametrize("text", [ALLOTMENT, SHOW], ids=["allotment", "show"])
async def test_a_text_named_by_whose_when_or_how_it_came_is_summarized(ask: str, text: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {text}")
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content or {}
    said = str(data.get("summary") or data.get("points"))
    assert said and all(sentence in text for sentence in data.get("points") or [])


@pytest.mark.parametrize("ask", DECLINED)
async def test_the_same_names_with_more_asked_still_decline(ask: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", f"{ask}: {SHOW}")
    assert result is None or result.is_error, result.structured_content


@pytest.mark.parametrize(
    "request_text",
    ["Summarise my diary entry: The otters were moved this morning.", "Summarise last night's show report."],
)
async def test_no_text_or_one_sentence_still_declines(request_text: str):
    result = await call_as_asked(tool_server("summarizer"), "digest", request_text)
    assert result is None or result.is_error
