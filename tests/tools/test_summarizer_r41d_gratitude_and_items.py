"""A summary asked with thanks in advance ("I'd be grateful for a summary of ...", "we would be most obliged if you
could sum this up") or of a piece named by the publication it is from ("the newsletter item", "this news item") is
the plain summary it asks for; an aspect named the same way ("the action items", "the agenda item", "why we should be
grateful") still asks for more than the text's main sentences."""

from __future__ import annotations

import pytest

from servers.tools.summarizer.asks import beyond_extract

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "instruction",
    [
        "I'd be grateful for a summary of this panel text for the children's trail",
        "We would be most obliged if you could sum this up",
        "i’d be really grateful for a quick recap of this",
        "We'd be ever so grateful for the gist of this",
        "Please summarise the volunteers' newsletter item",
        "Summarise this news item for me",
        "could you give me the short version of the parish magazine item",
        "tl;dr of our club's bulletin item please",
    ],
)
def test_thanks_in_advance_and_a_named_piece_ask_a_plain_summary(instruction: str) -> None:
    assert beyond_extract(instruction) is None


@pytest.mark.parametrize(
    "instruction",
    [
        "Summarise the action items from the meeting",
        "summarise the agenda item on parking",
        "Summarise why we should be grateful to the volunteers",
        "I'd be grateful for a summary of the costs in this",
        "I'd be grateful for a summary of this in a friendly tone",
        "We would be obliged for a summary of this as a timeline",
    ],
)
def test_an_aspect_or_a_form_named_beside_the_thanks_is_still_declined(instruction: str) -> None:
    assert beyond_extract(instruction) is not None
