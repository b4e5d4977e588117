"""A pasted letter after the question that asks for its summary, ending with its own thanks to its reader ("Thank
you for your continued business.", "Many thanks for your patience."), is the material: no asker thanks an assistant
for their custom. Near-misses: a last "Thank you for your help." or "Thanks!" may be the asker's, and the request
is asked for its text."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

GYM = (
    "We are writing to let you know that the pool will be closed from 3 to 10 June for repairs. The sauna and gym "
    "floor stay open as normal. Classes move to the studio during that week."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you for your continued custom.",
        "Many thanks for your patience.",
        "Thanks again for your support.",
        "Thank you for your understanding.",
    ],
)
async def test_a_letter_ending_with_thanks_to_its_reader_is_summarized(closing: str):
    outcome = await offline_outcome("summarizer", f"Could you sum up this email from the gym? {GYM} {closing}")
    assert outcome.status == "completed", outcome.text
    assert "pool will be closed from 3 to 10 June" in outcome.text


@pytest.mark.parametrize("closing", ["Thank you for your help.", "Thanks!"])
async def test_thanks_that_may_be_the_askers_leave_the_text_unread(closing: str):
    outcome = await offline_outcome("summarizer", f"Could you sum up this email from the gym? {GYM} {closing}")
    assert outcome.status != "completed", outcome.text
