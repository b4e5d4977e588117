"""Paraphrases of what is left after a cut, asked before the story tells the cut ('How much did I actually get?
The booking site takes 15% ...'), and near-misses: a second amount, a cut taken per booking, no amount, a question
about the taker's part, and a second charge."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How much did I actually get? The booking site takes 15% commission and the booking was for £480.", 408),
        ("What do I take home? The agency keeps 20% and the gig paid $1,500.", 1200),
        ("how much do i get? site takes 15% commission, booking was 480", 408),
        ("So what's left for me? Etsy took a 6.5% fee on my £240 sale.", 224.40),
        ("How much do I pocket? Airbnb charges a 3% fee on the £920 booking.", 892.40),
        ("How much is the deposit? The venue wants a 25% deposit on the £8,400 package.", 2100),
        ("How much did the site get? The booking site takes 15% commission and the booking was for £480.", 72),
    ],
)
async def test_what_is_left_after_a_cut_asked_first(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "How much did I actually get? The site takes 15% commission and the booking was £480 plus £20 cleaning.",
        "How much did I get? The site takes 15% commission on each booking and I had two bookings of £480.",
        "How much did I actually get? The booking site takes 15% commission.",
        "How much did I actually get? The site takes 15% commission and 20% VAT on it, and the booking was £480.",
    ],
)
async def test_a_cut_asked_first_with_more_or_less_told_is_declined(request_text: str):
    await refused(request_text)
