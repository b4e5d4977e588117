"""A report or a trial that ends in its decision ("We recommend buying Taskwise ...") is summarized with that
decision, however few of the text's frequent words it uses; a text without one is summarized as before. A report of
something that went wrong keeps the sentence that says why ("The cause was an expired certificate"); a "because"
inside another sentence is that sentence's detail."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

from servers.tools.summarizer.causes import states_cause

pytestmark = pytest.mark.anyio


async def _summary(request: str) -> str:
    result = await call_as_asked(tool_server("summarizer"), "summarize", request)
    assert result is not None and not result.is_error, result
    return result.structured_content["summary"]


async def test_the_recommendation_a_trial_ends_in_is_kept() -> None:
    summary = await _summary(
        "tldr: Our team tested four project management tools over six weeks. Two of them were dropped early because "
        "they lacked a calendar view. Of the remaining two, Planly was cheaper but slower with large boards. Taskwise "
        "cost more but handled our biggest projects without delays and had better mobile apps. We recommend buying "
        "Taskwise for the whole department starting next quarter."
    )
    assert "We recommend buying Taskwise" in summary


async def test_whoever_decides_after_a_closing_marker_is_kept() -> None:
    summary = await _summary(
        "Give me the gist: We compared two broadband providers for the office. Fibrenet had the lower monthly price. "
        "Skyline offered better uptime guarantees and a faster repair service. In the end the board chose Skyline "
        "for a two-year contract."
    )
    assert "the board chose Skyline" in summary


async def test_a_text_without_a_decision_keeps_its_best_sentences() -> None:
    summary = await _summary(
        "summarise: The library ran a survey of 300 members. Most wanted longer opening hours. Many asked for more "
        "e-books. Few used the fax machine. The survey closed on 3 March."
    )
    assert summary.startswith("The library ran a survey of 300 members.")


async def test_what_the_money_raised_goes_to_is_kept() -> None:
    summary = await _summary(
        'Summarize these notes: "The summer fair raised £2,340 this year. The cake sale was the most popular stall. '
        "We need more volunteers for setting up next year. The raffle prizes were donated by local shops. The money "
        'will go towards new playground equipment."'
    )
    assert "playground equipment" in summary


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
