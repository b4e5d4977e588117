"""Round 37: readers named with an ampersand, in emails, messages and letters of different trades ("Smith & Sons
Builders", "the Fox & Hounds", "Ali & Co Accountants", "Johnson & Johnson's press office"), are greeted whole, and
every fact given is kept; none of the name is read as the subject."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Email the Crown & Anchor: their order of 6 firkins of Harbour Gold will be delivered on Wednesday "
            "morning, and the empties need to be ready for collection.",
            ["Crown & Anchor", "Wednesday", "6 firkins"],
        ),
        (
            "Email Smith & Sons Builders: the scaffolding can come down on Friday and the final invoice is attached.",
            ["Smith & Sons", "Friday", "invoice"],
        ),
        (
            "Write to Marks & Spencer customer services: the jumper I bought shrank after one wash and I would like "
            "a refund.",
            ["Marks & Spencer", "refund"],
        ),
        ("Send an email to B&Q about my order 4471: two of the ten fence panels arrived split.", ["B&Q", "split"]),
        (
            "Email Ali & Co Accountants to say our year-end papers will be with them by 30 June.",
            ["Ali & Co", "30 June"],
        ),
        (
            "Message the Rose & Crown team: the quiz starts at 8pm on Thursday and the pub will provide the prizes.",
            ["Rose & Crown", "8pm", "prizes"],
        ),
        (
            "Email the Fox & Hounds: we would like to book the back room for 20 people on Saturday 14 June.",
            ["Fox & Hounds", "20 people", "14 June"],
        ),
        (
            "Email Johnson & Johnson's press office asking for a comment on the recall by Friday noon.",
            ["Johnson & Johnson", "Friday noon"],
        ),
    ],
)
async def test_a_reader_named_with_an_ampersand_is_greeted_whole(request_text: str, kept: list[str]):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert all(fact in text for fact in kept), text
    assert "Subject: &" not in text and "Hello &" not in text
