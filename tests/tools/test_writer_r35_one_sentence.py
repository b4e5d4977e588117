"""Round 35: a one-sentence text asked shorter loses its lead-in, even one closed by a comma ("We wanted to let you
know that, because of ..."), and keeps every fact; one with nothing to cut is said to be one sentence already."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Shorten this to one sentence: We wanted to let you know that, because of ongoing roadworks on Station "
            "Road, the number 12 bus will not stop outside the library until the end of the month, and will use the "
            "temporary stop by the church instead.",
            "Because of ongoing roadworks on Station Road, the number 12 bus will not stop outside the library until "
            "the end of the month, and will use the temporary stop by the church instead.",
        ),
        (
            "Cut this down to one sentence: I am writing to let you know that, due to a burst pipe, the sports hall "
            "will be closed on Saturday 4 May and the match moves to Hill Park.",
            "Due to a burst pipe, the sports hall will be closed on Saturday 4 May and the match moves to Hill Park.",
        ),
        (
            "Shorten this to a single sentence: Please be advised that, from 1 June, the canteen will open at 8am "
            "instead of 7:30am, and hot breakfasts will be served until 10am.",
            "From 1 June, the canteen will open at 8am instead of 7:30am, and hot breakfasts will be served until "
            "10am.",
        ),
        (
            "Shorten to one sentence: This is to let you know that, after the storm, the ferry to Arran is cancelled "
            "until Thursday and refunds are available at the desk.",
            "After the storm, the ferry to Arran is cancelled until Thursday and refunds are available at the desk.",
        ),
        (
            "Shorten this: We wanted to let you know that, because of roadworks on Station Road, the 12 bus will use "
            "the stop by the church.",
            "Because of roadworks on Station Road, the 12 bus will use the stop by the church.",
        ),
        (
            "Make this shorter, one sentence please: We would like to inform all residents that, from Monday, the "
            "lifts in Block B will be serviced between 9am and 1pm.",
            "From Monday, the lifts in Block B will be serviced between 9am and 1pm.",
        ),
    ],
)
async def test_a_lead_in_closed_by_a_comma_is_cut(request_text: str, said: str) -> None:
    assert await drafted(request_text, "rewrite") == said


@pytest.mark.parametrize(
    "request_text",
    [
        "Shorten this to one sentence: The number 12 bus will not stop outside the library until the end of the "
        "month, and will use the temporary stop by the church instead.",
        "Shorten this to a single sentence: The pool is closed on Monday and swimming lessons move to Wednesday at "
        "5pm.",
    ],
)
async def test_one_sentence_with_nothing_to_cut_is_said_to_be_one_already(request_text: str) -> None:
    assert "already one sentence" in await declined_by_writer(request_text, "rewrite")


@pytest.mark.parametrize(
    "request_text",
    [
        "Shorten this to one sentence: The pool is closed on Monday. Swimming lessons move to Wednesday at 5pm.",
        "Shorten this to one sentence: The pool is closed on Monday. Swimming lessons move to Wednesday at 5pm. We "
        "apologise for any inconvenience.",
    ],
)
async def test_two_sentences_of_news_are_never_cut_to_one(request_text: str) -> None:
    declined = await declined_by_writer(request_text, "rewrite")
    assert "at most 1 sentence" in declined or "nothing to change" in declined
