"""The total of one listed set of values told in a sentence of context, read as its mean is: the question asks the
total and nothing else, every other number counts the list or names the occasion, and anything more declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("The ferry carried 212, 188 and 305 cars this week. How many in total?", "705"),
        ("Harbour dues were £412, £389 and £455 over the three quarters. What's the total?", "£1,256.00"),
        ("the nets we mended came to 14.5 m, 22 m, 9.75 m and 31 m. how far altogether?", "77.25 meters"),
    ],
)
async def test_the_total_of_a_list_told_in_a_story(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "We sold 40, 35 and 50 pies but 10 were returned. How many in total?",  # one taken back
        "The ferry carried 212, 188 and 305 cars this week. How many in total did we lose?",
        "Takings were £412, £389 and £455 over the four days. What's the total?",  # a count that is not the list's
    ],
)
async def test_a_total_with_more_to_it_declines(request_text: str):
    await refused(request_text)
