"""A telling that leaves out its "that" ("tell the choir rehearsal is on Tuesday", "Text the team the meeting is
moved to 3pm") is read as if it were there: the reader is greeted, the news is the text. A reader followed by
"about", "to", a question word or a name running on is left as it was."""

from __future__ import annotations

import pytest

from servers.tools.writer.unsaid_that import that_supplied
from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "news"),
    [
        ("Write a message to tell the choir rehearsal is on Tuesday at 7pm.", "Rehearsal is on Tuesday at 7pm."),
        ("Text the team the meeting is moved to 3pm.", "The meeting is moved to 3pm."),
        ("Email the parents the trip is on Friday.", "The trip is on Friday."),
        ("Let the staff know the canteen shuts at 2pm.", "The canteen shuts at 2pm."),
        ("Remind our tenants the bins go out on Wednesday night.", "the bins go out on Wednesday night."),
        ("Message the swimmers the pool is shut on Monday.", "The pool is shut on Monday."),
        ("Tell everyone the fire drill is at 11am tomorrow.", "The fire drill is at 11am tomorrow."),
    ],
)
async def test_the_news_after_the_reader_is_the_text(request_text: str, news: str) -> None:
    text = await drafted(request_text)
    assert news in text
    assert "tenants the" not in text and "team the" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Tell the team about the party on Friday.",
        "Tell the team to bring laptops on Friday.",
        "Write a text telling everyone the total we need to pay.",
        "Text the team what time the bus leaves.",
        "Tell Sam Jones is coming on Friday.",
        "Tell the choir that rehearsal is on Tuesday.",
        "Write a notice for the choir: rehearsal is on Tuesday.",
        "Email the parents asking whether they can send their child in wellies on Friday.",
        "Email the tenants saying the lift is out of service until Thursday.",
    ],
)
def test_a_reader_not_followed_by_news_is_left_as_it_was(request_text: str) -> None:
    assert that_supplied(request_text) == request_text
