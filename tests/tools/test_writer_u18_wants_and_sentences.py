"""Two families that were declined.

- A demand said as a wish ("I want a replacement by next week.", "I demand an apology", "We expect our deposit back
  by Friday!") is made polite as "I would like ..., please."; a softened supplier email was declined as having
  nothing to change. An ultimatum stays with the threat rules, and an order ("I want you to call me") is a request.
- Exactly two sentences from one sentence of two clauses ("closed until 3 June, but online orders are still being
  shipped", "the jumble sale raised £412 and we thank every volunteer") split at the turn to the new subject; a
  sentence of one clause is still declined, never padded (news of a change may close by asking that it be
  noted, ``test_writer_change_sentences``). "For a sign in my window" names the kind of text, never
  a label leading it ("A sign: ...").
"""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "polite"),
    [
        (
            "Could you soften this email to a supplier? 'The seed potatoes you sent were rotten. I want a replacement "
            "by next week.'",
            "I would like a replacement by next week, please.",
        ),
        ("Make this more polite: 'The chair arrived broken. I want a full refund.'", "I would like a full refund"),
        ("Soften this for the landlord: 'We expect our deposit back by Friday!'", "We would like our deposit back"),
        ("Rewrite politely: 'I demand an apology from the manager.'", "I would like an apology from the manager"),
        (
            "make this nicer to send to the garage - 'My car still rattles. I want it fixed properly this time.'",
            "I would like it fixed properly this time, please.",
        ),
        (
            "Politer please: 'The order was 3 days late. I expect a discount on the £80 bill.'",
            "I would like a discount on the £80 bill, please.",
        ),
        ("Make this politer: 'I want to speak to a manager.'", "I would like to speak to a manager, please."),
    ],
)
async def test_a_demand_said_as_a_wish_is_made_polite(request_text: str, polite: str) -> None:
    text = await drafted(request_text)
    assert polite in text
    assert not re.search(r"\bI (?:want|demand|expect)\b", text)


async def test_an_order_after_i_want_you_to_is_still_a_request() -> None:
    text = await drafted("Make this polite: 'I want you to call me back today.'")
    assert "Could you please call me back today?" in text


@pytest.mark.parametrize(
    ("request_text", "sentences"),
    [
        (
            "Write exactly two sentences for a sign in my shop window: we're closed for refurbishment until 3 June, "
            "but online orders are still being shipped.",
            ["We're closed for refurbishment until 3 June.", "Online orders are still being shipped."],
        ),
        (
            "Write exactly two sentences for the parish newsletter: the jumble sale raised £412 and we thank every "
            "volunteer.",
            ["The jumble sale raised £412.", "We thank every volunteer."],
        ),
        (
            "Two sentences for the school newsletter please: the sponsored walk raised £1,250 and we thank all the "
            "families who took part.",
            ["The sponsored walk raised £1,250.", "We thank all the families who took part."],
        ),
        (
            "Write a notice in exactly 2 sentences: the pool is closed on Monday, but the gym is open as usual.",
            ["The pool is closed on Monday.", "The gym is open as usual."],
        ),
        (
            "Write exactly two sentences for a notice on the door: the surgery is closed on Friday, but the pharmacy "
            "is open.",
            ["The surgery is closed on Friday.", "The pharmacy is open."],
        ),
        (
            "Write two sentences for a poster: the summer fair is on 5 July, but parking is limited.",
            ["The summer fair is on 5 July.", "Parking is limited."],
        ),
        (
            "In exactly two sentences, tell the cricket club the pavilion is shut until 9 May, but the nets are still "
            "open.",
            ["The pavilion is shut until 9 May.", "The nets are still open."],
        ),
    ],
)
async def test_two_sentences_split_at_the_turn_to_a_new_subject(request_text: str, sentences: list[str]) -> None:
    text = await drafted(request_text)
    assert " ".join(sentences) in text
    assert not re.search(r"^(?:A|For) \w*:", text, re.M)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write exactly two sentences for the staff room: Sam and I are running the raffle on Friday.",
        "Write exactly two sentences for the notice board: tea and cake will be served after the AGM.",
    ],
)
async def test_one_clause_is_not_padded_to_two_sentences(request_text: str) -> None:
    await declined_by_writer(request_text)
