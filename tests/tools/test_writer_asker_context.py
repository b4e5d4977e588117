"""Who asks, told before an ask that says what to tell ("I'm a wedding planner and the florist has cancelled on a
couple. Please draft an apology email to Hannah and Luis telling them the new florist is Petal & Stem ..."): the ask
is read alone, so the text says what it was asked to tell and nothing of the opening sentence; an ask that says
nothing of its own keeps the opening and is read as before."""

from __future__ import annotations

import pytest

from servers.tools.writer.asker_context import without_asker_context
from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "told", "unsaid"),
    [
        (
            "I'm a wedding planner and the florist has cancelled on a couple. Please draft an apology email to Hannah "
            "and Luis telling them the new florist is Petal & Stem and the price stays the same.",
            ["Hannah", "Luis", "Petal & Stem"],
            "wedding planner",
        ),
        (
            "I'm a landlord. Can you write an email to my tenants saying the boiler will be serviced on Monday?",
            ["Monday"],
            "landlord",
        ),
        (
            "We're a small bakery and our oven broke. Please write a post saying we are closed until Thursday.",
            ["Thursday"],
            "oven",
        ),
        (
            "I'm a nurse and my shift changed. Write an email to my manager telling her I can't do Friday.",
            ["Friday"],
            "nurse",
        ),
        (
            "I am the swimming coach, and the pool has a leak. Please send a message to the parents saying that "
            "Tuesday's session moves to 6pm.",
            ["6pm"],
            "leak",
        ),
        (
            "I'm a football coach. Could you draft an email to the team telling them training starts at 10am on "
            "Saturday?",
            ["10am", "Saturday"],
            "football coach",
        ),
    ],
)
async def test_the_ask_is_read_alone_when_it_says_what_to_tell(request_text: str, told: list[str], unsaid: str) -> None:
    text = await drafted(request_text)
    assert all(t in text for t in told) and unsaid not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "I'm a teacher. Please write them an email.",
        "I'm a teacher. Write a note for parents: the trip is on Friday.",
        "I'm a teacher. Write a note to parents saying the trip is on Friday. Keep it short.",
        "The florist has cancelled. Please draft an email to Hannah telling her the new florist is Petal & Stem.",
    ],
)
def test_an_opening_is_kept_when_the_ask_says_nothing_or_hands_material_over(request_text: str) -> None:
    assert without_asker_context(request_text) == request_text
