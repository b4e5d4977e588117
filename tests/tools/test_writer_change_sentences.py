"""News of a change asked for in more sentences than it makes ("In exactly two sentences, let the choir know that
rehearsal has moved to St Mark's church hall this Tuesday") closes with "Please make a note of the change.", which
asks only that the news be noted and claims nothing. It was declined as one sentence short. News that is no change
is still declined rather than padded, and a count two short is never made up."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio

_NOTED = "Please make a note of the change."


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "In exactly two sentences, let the choir know that rehearsal has moved to St Mark's church hall this "
            "Tuesday.",
            "Rehearsal has moved to St Mark's church hall this Tuesday.",
        ),
        ("In two sentences, tell the team the Friday meeting has been moved to 3pm.", "moved to 3pm."),
        (
            "Write a two-sentence text to my book club saying the venue has changed to the Crown pub.",
            "The venue has changed to the Crown pub.",
        ),
        ("In exactly two sentences, text the team: rehearsal has moved to Tuesday.", "Rehearsal has moved to Tuesday."),
        (
            "In two sentences, tell the parents that sports day has been rescheduled to 12 July.",
            "rescheduled to 12 July.",
        ),
        (
            "In 2 sentences, let my tenants know the bin collection is moving to Wednesdays.",
            "moving to Wednesdays.",
        ),
    ],
)
async def test_a_change_is_noted_to_make_up_the_sentences(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text and _NOTED in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "In exactly two sentences, tell my landlord the boiler is broken.",
        "In exactly 3 sentences, let everyone know the quiz has moved to Friday.",
    ],
)
async def test_news_that_cannot_fill_the_sentences_is_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "rejected", outcome.text


async def test_a_change_in_as_many_sentences_as_it_makes_is_not_noted() -> None:
    outcome = await writer_outcome("In one sentence, tell the choir that rehearsal has moved to Tuesday.")
    assert outcome.status == "completed", outcome.text
    assert _NOTED not in outcome.text
