"""A fact that carries its reason ("closed on Saturday for resurfacing", "because ...", "so that ...", "due to
...") may be said as two sentences when two are asked for: what happens, then "This is for resurfacing."; nothing is
added. A fact with no reason is still not padded to the count asked."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "first", "second"),
    [
        (
            "Write exactly two sentences telling staff that the car park will be closed on Saturday for resurfacing.",
            "The car park will be closed on Saturday.",
            "This is for resurfacing.",
        ),
        (
            "In two sentences, tell the parents that school will close early on Friday because the boiler is being "
            "replaced.",
            "School will close early on Friday.",
            "This is because the boiler is being replaced.",
        ),
        (
            "Write a two-sentence notice: the pool is shut on Monday so that the tiles can be cleaned.",
            "The pool is shut on Monday.",
            "This is so that the tiles can be cleaned.",
        ),
        (
            "Write two sentences for the noticeboard: the library will be closed next week due to staff training.",
            "The library will be closed next week.",
            "This is due to staff training.",
        ),
        (
            "Write a 2 sentence message to the team saying the lift is out of order, so please use the stairs.",
            "The lift is out of order.",
            "So please use the stairs.",
        ),
        (
            "write exactly 2 sentences for residents: the east stairwell is closed until Thursday for repainting",
            "The east stairwell is closed until Thursday.",
            "This is for repainting.",
        ),
        (
            "Tell our members in two sentences that the gym opens late on Tuesday because of a staff meeting.",
            "The gym opens late on Tuesday.",
            "This is because of a staff meeting.",
        ),
    ],
)
async def test_a_fact_with_its_reason_makes_two_sentences(request_text: str, first: str, second: str) -> None:
    text = await drafted(request_text)
    assert f"{first[:1].lower()}{first[1:]} {second}" in text.replace(first, first[:1].lower() + first[1:]), text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write exactly two sentences telling staff that the car park will be closed on Saturday.",
        "Write exactly two sentences telling staff the canteen is open for the evening.",
        "Write two sentences for the noticeboard: the hall is booked for the morning.",
    ],
)
async def test_a_fact_with_no_reason_is_not_padded(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "1 sentence" in said and "won't pad" in said
