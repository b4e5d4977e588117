"""Round 37: warnings about a repeat ("If you ... again I'm ...", "If this happens again I'll ...", "If Sam is late
again we're ...") asked to be made polite, softer or less blunt, for customers, tenants, parents, neighbours and
volunteers, say what may follow and keep every fact given."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Rewrite this so it sounds less blunt, it's for a regular customer: If you lose your keys again I'm "
            "charging double. Call-outs after midnight are £150.",
            ["I may end up charging double", "£150"],
        ),
        (
            "Make this more polite, it's going to a tenant: If you block the bins again I'll have your car towed. The "
            "bins are collected on Tuesdays.",
            ["I may need to have your car towed", "Tuesdays"],
        ),
        (
            "Can you soften this for a parent: If Sam is late again we're giving him a detention. School starts at "
            "8.40.",
            ["we may end up giving him a detention", "8.40"],
        ),
        (
            "Make this sound friendlier, it's for the neighbours: If the dog gets into my garden again I'm calling "
            "the council.",
            ["I may end up calling the council"],
        ),
        (
            "Rewrite politely for our volunteers: If you forget to lock the shed again we will have to change the "
            "locks. Keys are in the office.",
            ["we may need to change the locks", "office"],
        ),
        ("Make this less harsh: If this happens again I'll cancel your membership.", ["I may need to cancel"]),
    ],
)
async def test_a_repeat_warning_says_what_may_follow(request_text: str, kept: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert all(fact in text for fact in kept), text
    assert "I'm charging" not in text and "I'll " not in text
