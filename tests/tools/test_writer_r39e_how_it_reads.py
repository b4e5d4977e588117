"""Round 39: a clause on how the text should come across ("that makes it sound posh", "that sounds upmarket") is an
instruction about the words, never a fact about the thing described: with nothing else given the writer declines,
while a clause that states what the thing does is still written from."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you put together a description of my barber shop for Instagram that makes it sound dead classy?",
        "Write a blurb for our tea room that makes it seem a bit more upmarket",
        "I need a listing for my guest house that will make it sound luxurious",
        "Do me a profile of the garage for the website that makes us look professional",
        "Write a description of my florist's that sounds really elegant",
        "A short bio of me for the festival programme that makes me sound experienced, please",
        "Write up our allotment society for the parish magazine so it comes across as friendly",
    ],
)
async def test_how_it_should_sound_is_no_content(request_text: str) -> None:
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a product description for a canvas tote bag that holds 15 kilos and folds into its own pocket",
            "This canvas tote bag holds 15 kilos and folds into its own pocket.",
        ),
        (
            "Write a listing for a bike lock that weighs 900 grams and has two keys",
            "This bike lock weighs 900 grams and has two keys.",
        ),
    ],
)
async def test_a_clause_of_what_the_thing_does_is_still_written(request_text: str, said: str) -> None:
    assert await drafted(request_text) == said
