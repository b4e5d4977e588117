"""A summary asked of "this from" whoever sent it ("summarise this from the depot:", "sum up this from my
landlord") is a summary (it was declined: the sender was read as a side of the text to give). "Make it short",
"make this email brief" and a learner's "make short this text" (for the menu, for the back of it) ask for a shorter
text of the same sentences, not another kind of text (they were declined as a rewrite). A new kind of text ("make a
short post from this"), a perspective ("from a tenant's point of view") and new words are still declined."""

from __future__ import annotations

import pytest

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked, error_text

pytestmark = pytest.mark.anyio

DEPOT = (
    "From Monday all drivers must scan every parcel at the door, not in the van. Photos are required for any "
    "parcel left in a safe place. The new handheld scanners arrive on Friday afternoon. Routes will be slightly "
    "shorter for the first week while everyone gets used to the system."
)
HOTEL = (
    "My name is Ana and I have worked at a hotel in the city centre for two years. My work is at the reception "
    "and I speak with many guests from different countries. I like my job but the shifts are very long, "
    "sometimes twelve hours. Next month I will have an interview in an office near my house."
)


async def reply(request: str) -> tuple[bool, str]:
    result = await call_as_asked(create_server(), "digest", request)
    assert result is not None, "the offline model asked for the text"
    if result.is_error:
        return False, error_text(result)
    assert result.structured_content is not None
    return True, str(result.structured_content)


@pytest.mark.parametrize(
    "request_text",
    [
        f"summarise this from the depot: {DEPOT}",
        f"Can you summarise this from my manager please: {DEPOT}",
        f"sum up this from the council: {DEPOT}",
        f"summarize these from HR for me: {DEPOT}",
        f"Please can you make short this text for me: {HOTEL}",
        f"can you make this email short: {DEPOT}",
        f"make it short please: {HOTEL}",
        f"Could you make my story a bit brief: {HOTEL}",
        # where the shorter text will go, and where on it, asks nothing more of it
        f"Can you make short this text for the menu: {HOTEL}",
        f"Che, summarize this for the back of the menu, short: {DEPOT}",
        f"summarise this for the front of our leaflet: {DEPOT}",
    ],
)
async def test_a_summary_told_by_its_sender_or_asked_short_is_given(request_text: str) -> None:
    answered, result = await reply(request_text)
    assert answered, result


@pytest.mark.parametrize(
    "request_text",
    [
        f"Make a short post from this: {DEPOT}",
        f"summarise this from a tenant's point of view: {DEPOT}",
        f"summarise this from the depot in plain English for a new driver: {DEPOT}",
        f"make this text short and funny: {HOTEL}",
        f"summarize this for the back of the costs: {DEPOT}",
    ],
)
async def test_another_kind_of_text_or_a_side_of_it_is_still_declined(request_text: str) -> None:
    answered, result = await reply(request_text)
    assert not answered, result
