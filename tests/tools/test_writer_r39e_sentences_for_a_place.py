"""Round 39: a count of sentences named with the place the text goes ("Two sentences for the parish newsletter:
...") asks for that text, written from the points given; a reader named so ("for my manager"), too few points for
the count, or no points at all is declined."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Two sentences for the parish newsletter: the roof appeal has raised £4,000, and the next coffee morning "
            "is on 12 May.",
            "The roof appeal has raised £4,000. The next coffee morning is on 12 May.",
        ),
        (
            "2 sentences for the depot noticeboard: the canteen is shut on Monday, so bring a packed lunch.",
            "The canteen is shut on Monday. So bring a packed lunch.",
        ),
    ],
)
async def test_sentences_for_a_place_are_written_from_the_points(request_text: str, said: str) -> None:
    assert await drafted(request_text) == said


@pytest.mark.parametrize(
    "request_text",
    [
        "Two sentences for my manager: I finished the audit, and I need Friday off.",
        "Three sentences for the noticeboard: the lift is broken.",
        "Two sentences for the noticeboard about the lift",
        "Two sentences for the staff room noticeboard",
        "Two sentences for the newsletter: is the fete on Saturday?",
    ],
)
async def test_a_reader_too_few_points_or_none_are_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
