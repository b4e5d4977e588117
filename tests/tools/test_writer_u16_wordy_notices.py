"""A wordy notice made shorter says its news in its own words: "I am writing to let you know that, due to
unforeseen circumstances beyond our control, the meeting that was scheduled to take place on Tuesday afternoon
has unfortunately had to be cancelled." is "The meeting on Tuesday afternoon has been cancelled." (it was declined
as having nothing to cut). Quotes around the text are not part of it."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this shorter please: 'I am writing to let you know that, due to unforeseen circumstances beyond our "
            "control, the meeting that was scheduled to take place on Tuesday afternoon has unfortunately had to be "
            "cancelled.'",
            "The meeting on Tuesday afternoon has been cancelled.",
        ),
        (
            "Shorten this: 'I am writing to inform you that due to unexpected circumstances, the concert which was "
            "planned to take place at the town hall on 5 May has had to be postponed.'",
            "The concert at the town hall on 5 May has been postponed.",
        ),
        (
            "Make this more concise: 'The talks that were scheduled to be held on Monday and Tuesday have "
            "unfortunately had to be moved to June.'",
            "The talks on Monday and Tuesday have been moved to June.",
        ),
        (
            "Can you tighten this up: 'Due to unforeseen circumstances, the swimming gala that was due to take place "
            "on Saturday 14 June has had to be cancelled.'",
            "The swimming gala on Saturday 14 June has been cancelled.",
        ),
        (
            "Make this more concise: 'I just really think the meeting on Monday has been moved to June.'",
            "The meeting on Monday has been moved to June.",
        ),
        (
            "Cut this down: 'I am writing to let you know that the quiz which was set to be held at the Red Lion on "
            "Friday has had to be cancelled.'",
            "The quiz at the Red Lion on Friday has been cancelled.",
        ),
    ],
)
async def test_a_wordy_notice_is_said_shortly(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert text == said


@pytest.mark.parametrize(
    "request_text",
    [
        # every word is news: nothing to cut without losing a fact
        "Make this shorter: 'Bins go out on Tuesday.'",
        "Shorten this to under 5 words: 'The meeting on Tuesday afternoon in room 4 has been cancelled.'",
    ],
)
async def test_a_notice_with_nothing_to_cut_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
