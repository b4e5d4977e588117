"""A notice asked kinder or warmer ("Make this sound a bit kinder, it's going up in the waiting room: Payment is due
when your pet is collected. We do not do payment plans. ...") is rewritten, not declined for having nothing rude in
it: a rule said of a thing is asked of the reader ("Please make sure orders ... are in by 12 March"), a ban is said
with a word of regret ("Sorry, no refunds ..."), and "we do not do payment plans" with "Unfortunately". Facts to be
read over the PA are written, "the PA" being where they are said, not a fact the text must say."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Make this sound a bit kinder, it's going up in the waiting room: Payment is due when your pet is "
            "collected. We do not do payment plans. Unpaid bills over £500 go to a debt agency.",
            ["Unfortunately, we do not do payment plans.", "£500"],
        ),
        (
            "Rewrite this so it sounds warmer, it's for the shop window: No refunds on flowers once they leave the "
            "shop. Orders for Mother's Day must be in by 12 March.",
            ["Sorry, no refunds on flowers", "Please make sure orders for Mother's Day are in by 12 March."],
        ),
        (
            "Write 2 sentences for me to read over the PA: the bar service will start in about 20 minutes, and we "
            "only take card payments on this flight.",
            ["The bar service will start in about 20 minutes. We only take card payments on this flight."],
        ),
    ],
)
async def test_written(request_text: str, said: list[str]) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    for words in said:
        assert words in outcome.text, outcome.text
