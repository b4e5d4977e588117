"""A text named by whom it is for ("a certificate for Josh", "the wording for a certificate for Ellie") whose points
say "he" or "she" speaks of that person by name: "Josh completed his first aid course on 3 March.", never "A
certificate for Josh completed ..." with the ask made the subject."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write the wording for a certificate for Ellie: she swam her first 400 m without stopping on 9 May.",
            "Ellie swam her first 400 m without stopping on 9 May.",
        ),
        (
            "Certificate wording for Ellie - she swam her first 400 m without stopping on 9 May.",
            "Ellie swam her first 400 m without stopping on 9 May.",
        ),
    ],
)
async def test_the_person_a_text_is_for_is_named_not_the_ask(request_text: str, said: str):
    outcome = await writer_outcome(request_text)
    text = outcome.text or ""
    assert outcome.status == "completed", text
    assert said in text and "wording" not in text.lower()
