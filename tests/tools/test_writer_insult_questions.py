"""An insult put as a question ("..., are you people incompetent?", "Are you all blind?") asks nothing: a polite
rewrite leaves it out, with the question mark that went with it, and keeps the facts and asks around it. A real
question ("Are you open on Sunday?") stays."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        (
            "Rewrite this so it's polite, I'm too angry to send it as is: Stop sending me the same invoice five "
            "times, are you people incompetent? Fix your system.",
            "invoice five times",
            "incompetent",
        ),
        ("Make this politer: Are you all blind? The sign says no parking on Tuesdays.", "Tuesdays", "blind"),
        (
            "Can you make this polite: We asked for the blue tiles, are you guys stupid? Send the right ones by "
            "Monday.",
            "We asked for the blue tiles.",
            "stupid",
        ),
        ("Please make this nicer: Where is my refund, are you lot useless? I paid on 3 May.", "3 May", "useless"),
        ("Tone this down: Why is the bin still full, are you people lazy?", "Why is the bin still full?", "lazy"),
        (
            "Rewrite politely: The parcel went to the wrong address again, are you completely clueless? Send it to "
            "4 Elm Road.",
            "4 Elm Road",
            "clueless",
        ),
    ],
)
async def test_an_insult_asked_as_a_question_goes_and_the_rest_stays(request_text: str, kept: str, gone: str) -> None:
    text = await drafted(request_text, "rewrite")
    assert kept in text and gone not in text
    assert "?." not in text and ".?" not in text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Make this polite: Are you open on Sunday? I need a key cut.", "Are you open on Sunday?"),
        ("Make this more polite: Are you all coming on Friday? Tell me now.", "Are you all coming on Friday?"),
        ("Rewrite this politely: Are you sure the invoice is right? Fix it now.", "Are you sure the invoice is right?"),
    ],
)
async def test_a_real_question_to_the_reader_stays(request_text: str, kept: str) -> None:
    assert kept in await drafted(request_text, "rewrite")
