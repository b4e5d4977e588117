"""A text that opens by stating its point keeps that sentence in its summary: handover notes and bulletins lead with
what matters ("Night shift was busy with 61 jobs in total."), and a summary without it misses the text's subject.
A greeting or a question at the top is no lead."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = pytest.mark.anyio

HANDOVER = (
    "Night shift was busy with 61 jobs in total. The bariatric bed from Ward 12 is still waiting for estates to fix "
    "the brake, so please do not use it. Two oxygen cylinders were found empty in the store by theatres and have "
    "been tagged for collection. The main lift in the north block was out of action from 2am to 4am, so transfers "
    "went round via the east corridor. Mortuary runs are up to date. Pharmacy asked for an extra run at 9am for the "
    "day-case unit. Sanjay covered the A&E desk after Lee went home sick at 3am."
)
BULLETIN = (
    "From April, roadside checks will focus on tachograph manipulation and missing daily walkaround checks. "
    "Operators found with repeated defects may be called to a public inquiry. The agency reminds operators that "
    "drivers must take a 45-minute break after 4.5 hours of driving. Daily driving must not exceed 9 hours, "
    "extendable to 10 hours twice a week. Operators should download driver cards at least every 28 days and vehicle "
    "units every 90 days. Earned recognition members will continue to be stopped less often."
)


async def summary(request: str) -> str:
    result = await call_as_asked(tool_server("summarizer"), "digest", request)
    assert result is not None and not result.is_error, result and result.content
    return result.structured_content["summary"]


async def test_handover_notes_keep_their_opening_point():
    made = await summary(f"Summarise the handover notes please: {HANDOVER}")
    assert made.startswith("Night shift was busy with 61 jobs in total.")
    assert "bariatric" in made


async def test_a_bulletin_keeps_its_lead():
    made = await summary(f"Quick summary of this DVSA bulletin please: {BULLETIN}")
    assert made.startswith("From April, roadside checks will focus on tachograph manipulation")


async def test_a_greeting_is_no_lead():
    text = (
        "Hi all,\n\nThe staff car park will be resurfaced over half-term, so it will be closed from Monday 17 "
        "February. Please park at the leisure centre, which has agreed to let us use 40 spaces. Blue badge holders "
        "can still use the four bays by reception. Thanks for your patience."
    )
    made = await summary(f"Summarise: {text}")
    assert made.startswith("The staff car park will be resurfaced") and "Hi all" not in made
