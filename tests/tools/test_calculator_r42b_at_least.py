"""Portions that must reach at least an amount ('how many 25 m lengths make at least one mile') are rounded up:
a part portion short is one more portion, not one fewer with some left."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "count"),
    [
        ("A mum wants to know how many 25 m lengths make at least one mile. How many whole lengths?", 65),
        ("To swim at least 1 km, how many 30 m lengths is that?", 34),
        ("how many 400 m laps to run at least 5 miles", 21),
    ],
)
async def test_portions_reaching_at_least_an_amount_are_rounded_up(request_text: str, count: int):
    assert (await solved(request_text))["result"] == count


async def test_portions_in_an_amount_without_at_least_leave_the_rest_over():
    assert (await solved("how many 25 m lengths in one mile?"))["answer"] == "64 lengths (with 9.344 meters left over)"


@pytest.mark.parametrize(
    "request_text",
    [
        "how many 25 m lengths in at least one mile and how many in a km?",
        "how many 25 m lengths make at least one mile in 20 minutes?",
    ],
)
async def test_at_least_with_a_second_question_or_another_figure_is_declined(request_text: str):
    await refused(request_text)
