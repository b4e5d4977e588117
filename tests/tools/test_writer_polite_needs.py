"""A need said bluntly and asked to be made polite is asked for: "I need an extension on the history essay cos I was
ill all last week" becomes "Could I please have an extension on the history essay, as I was ill all last week?",
"I need to leave early on Thursday" becomes "Would it be possible for me to leave early on Thursday?". It was
declined as having nothing to change. A need stated in prose ("We need a new approach to hiring.") is no ask and
stays; "or I'm going to the ombudsman" goes to the ombudsman, never "may need to the ombudsman"."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "make this sound more polite, it's to my teacher: I need an extension on the history essay cos I was ill "
            "all last week",
            "Could I please have an extension on the history essay, as I was ill all last week?",
        ),
        ("make this more polite, it's for my boss: I need Friday off", "Could I please have Friday off?"),
        (
            "Can you make this politer: I need to leave early on Thursday because my son has a dentist appointment.",
            "Would it be possible for me to leave early on Thursday, as my son has a dentist appointment?",
        ),
        ("Rewrite this politely: We need more chairs in the meeting room.", "Could we please have more chairs"),
        (
            "Make this more polite: we need two more days to finish the audit since the data came late",
            "Could we please have two more days to finish the audit, as the data came late?",
        ),
        ("Make this more polite: I need to swap my shift on Saturday.", "for me to swap my shift on Saturday?"),
        ("Make this nicer: I need the report by Friday.", "Could you please send the report by Friday?"),
        ("Make this more polite: I need you to call me back today.", "Could you please call me back today?"),
        (
            "Make this more polite: Fix the leak by Friday or we're going to court.",
            "Otherwise we may need to go to court.",
        ),
        (
            "Make this more polite: I need a refund or I'm going to the ombudsman.",
            "Otherwise I may need to go to the ombudsman.",
        ),
    ],
)
async def test_a_blunt_need_is_asked_politely(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this more formal: We need a new approach to hiring. The current one is too slow.",
        "Make this more polite: Could I please have Friday off?",
    ],
)
async def test_a_need_that_asks_nothing_is_left(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "rejected", outcome.text
