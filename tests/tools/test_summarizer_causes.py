"""A report of something that went wrong keeps the sentence that says why ("The cause was an expired certificate"),
however few of the text's frequent words it uses; a "because" inside another sentence is that sentence's detail."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

from servers.tools.summarizer.causes import states_cause

pytestmark = pytest.mark.anyio


async def _summary(request: str) -> str:
    result = await call_as_asked(tool_server("summarizer"), "summarize", request)
    assert result is not None and not result.is_error, result
    return result.structured_content["summary"]


async def test_a_short_summary_of_an_incident_says_what_caused_it() -> None:
    summary = await _summary(
        "quick tldr of this incident for the team, keep it short: On Monday the booking site went down for two "
        "hours. The root cause was a full disk on the database server. Customers who tried to book saw an error "
        "page and 85 bookings were lost. Support called every customer back and offered a discount. We now alert "
        "when a disk is 80% full and clear old logs every night."
    )
    assert "The root cause was a full disk" in summary


@pytest.mark.parametrize(
    ("sentence", "says_why"),
    [
        ("The cause was an expired certificate.", True),
        ("The root cause of the outage was a full disk.", True),
        ("The closure was caused by a burst water main.", True),
        ("It was traced back to a faulty sensor.", True),
        ("In the end the reason was a typo in the config.", True),
        ("Orders were late because the van broke down.", False),
        ("Causes of flooding are many.", False),
    ],
)
def test_a_cause_is_stated_outright_at_the_start_of_a_sentence(sentence: str, says_why: bool) -> None:
    assert states_cause(sentence) is says_why
