"""A long lead-in that asks for a summary among words about the asker ends at its colon; one with a sentence that
could be the text's own, or another job in it, does not."""

from __future__ import annotations

import pytest

from agents.models.arguments import free_text
from agents.models.summary_asks import asked_lead_in

NOTICE = "From Monday the canteen opens at 8am. Card payments only. The salad bar is closed for repairs."


@pytest.mark.parametrize(
    "head",
    [
        "Can you give me the gist of this notice from the ferry company? Passengers keep asking me about it",
        "The council sent all us market traders this. What does it actually say, in short",
        "Pull the keywords out of this memo for the bakery team, I want them on a sticky note",
        "Could I get a tl;dr of this? It came from the estates team and it's long-winded",
    ],
)
def test_asked(head: str) -> None:
    assert asked_lead_in(head)
    assert free_text(f"{head}: {NOTICE}", prose=True) == NOTICE


@pytest.mark.parametrize(
    "head",
    [
        "Summarise this. The board agreed three changes at the meeting on Tuesday after a long discussion of costs",
        "Can you give me the gist of this notice and tell me whether I should reply to the landlord about it",
        "The council sent this. Translate it into Welsh, in short, for my grandmother who reads no English",
    ],
)
def test_not_asked(head: str) -> None:
    assert not asked_lead_in(head)
