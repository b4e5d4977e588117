"""Round 35: a sentence asking someone not to do something is never turned into "Could you please do not ...?": said
with "please" it is asked already, and said bare it is asked with "Please try not to ..."."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this polite: Please do not leave cars in the car park on Thursday night.",
        "Make this more polite: Please don't block the fire exit.",
        "Rewrite this politely: The lift is out of order. Please do not use it until Monday.",
        "Make this friendlier: Just don't park in bay 4.",
        "Turn this into something short for the staff newsletter: The staff car park will be resurfaced over the "
        "Easter weekend. It will be closed from 6pm on Thursday until 7am on Tuesday. Please do not leave cars in "
        "the car park on Thursday night.",
        "Make this sound nicer: So please do not eat my yoghurts again.",
    ],
)
async def test_a_please_do_not_is_never_made_could_you_please_do_not(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert "could you please do not" not in outcome.text.lower()
    assert "could you please don't" not in outcome.text.lower()


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this friendlier: Do not leave cars in the car park on Thursday night.",
            "Please try not to leave cars in the car park on Thursday night.",
        ),
        ("Make this polite: Don't park in bay 4.", "Please try not to park in bay 4."),
    ],
)
async def test_a_bare_do_not_is_asked_with_try_not_to(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
