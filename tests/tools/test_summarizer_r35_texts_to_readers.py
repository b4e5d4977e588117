"""Round 35: a text named with the readers it was sent to, by a plural or a group ("this notice to mariners", "this
letter to parents", "the memo to staff"), is summarized; a size said after "to" is still read as a size."""

from __future__ import annotations

import pytest
from conftest import call, error_text, tool_server

pytestmark = pytest.mark.anyio

TEXT = (
    "The school trip to the zoo is on 12 June. The coach leaves at 8:30am and returns by 4pm. Children need a packed "
    "lunch and a raincoat. The cost is £15, payable by 1 June. Please return the consent form to the office."
)


async def digest(request: str):
    return await call(tool_server("summarizer"), "digest", request=f"{request}: {TEXT}", text=TEXT)


@pytest.mark.parametrize(
    "request_text",
    [
        "Summarise this notice to mariners for the office board",
        "Summarise this letter to parents",
        "Summarize the memo to staff",
        "Sum up this email to residents please",
        "Summarise this notice to members",
        "Can you summarise this update to volunteers",
        "Summarise this newsletter to families for the noticeboard",
    ],
)
async def test_a_text_named_with_its_readers_is_summarized(request_text: str) -> None:
    result = await digest(request_text)
    assert not result.is_error, error_text(result)
    assert "12 June" in result.structured_content["summary"]


@pytest.mark.parametrize(
    ("request_text", "declined"),
    [
        ("Summarise this letter to parents in plain English for a ten-year-old", "new words"),
        ("Summarise this letter to parents as a haiku", "reword"),
    ],
)
async def test_other_asks_beside_the_readers_are_still_declined(request_text: str, declined: str) -> None:
    result = await digest(request_text)
    assert result.is_error and declined in error_text(result)
