"""A sentence of what the asker needs or runs, said before the ask ("I need something to read out on the bus. Draft
an announcement: ...", "I run a small dog walking business. Write a flyer blurb ..."), is who asks, not what the
text says: the text is written from the facts after the colon, without the preamble's words. A drafting aside that
names a revision ("revise it until it's solid") asks for no rewrite. A preamble that carries a fact of its own (a
name, a figure, news) is not set aside."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We need something to put up in the staff kitchen. Write a notice: the fridge is cleared every Friday at "
            "4pm, so label your food.",
            "Announcement\n\nThe fridge is cleared every Friday at 4pm, so label your food.",
        ),
        (
            "I need a few words for the school newsletter. Draft a paragraph: the PTA quiz raised £1,240 for new "
            "library books.",
            "The PTA quiz raised £1,240 for new library books.",
        ),
        (
            "We run a tiny vintage clothes stall at the market. Write a short description: open Saturdays 9 to 3, "
            "everything under £20, card accepted.",
            "Open Saturdays 9 to 3, everything under £20, card accepted.",
        ),
        (
            "I have to read something out at assembly. Write an announcement: the Year 6 play is on 4 July at 2pm in "
            "the hall.",
            "Announcement\n\nThe Year 6 play is on 4 July at 2pm in the hall.",
        ),
    ],
)
async def test_what_the_asker_needs_said_first_is_not_written(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I run a mobile bike repair business. Write an advert, get it reviewed and revise it until it's good. "
            "Details: we come to you, puncture repair £15, full service £60.",
            "We come to you, puncture repair £15, full service £60.",
        ),
        (
            "Write a notice for the lobby, then revise it until a reviewer is happy. Details: the lift is out of order "
            "until Thursday 6pm, use the stairs by reception.",
            "Announcement\n\nThe lift is out of order until Thursday 6pm, use the stairs by reception.",
        ),
    ],
)
async def test_a_revision_aside_asks_for_a_new_text_not_a_rewrite(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "We moved the meeting to the big room. Write a note to staff: bring your laptops.",
        "I run a bakery called Crumb & Co. Write a slogan: sourdough baked before 6am.",
    ],
)
async def test_a_preamble_with_a_fact_of_its_own_is_not_set_aside(request_text: str) -> None:
    reason = await declined_by_writer(request_text)
    assert "I could not tell the instruction from the content offline" in reason


async def test_a_business_told_with_a_fact_about_it_is_not_set_aside() -> None:
    reason = await declined_by_writer(
        "We run a charity shop that needs volunteers. Write a post: come in on Saturdays between 10 and 4."
    )
    assert "I could not tell the instruction from the content offline" in reason
