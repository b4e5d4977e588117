"""Ways to choose or arrange when a thing may be taken more than once: 'pick 2 toppings out of 8 if I can repeat' is
36, not the 28 of a choice without repeats (which it was answered with when 'with repetition' was set aside)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many ways can I pick 2 toppings out of 8 if I can repeat?", 36),
        ("how many ways can I pick 2 toppings out of 8 with repetition?", 36),
        ("how many ways can I choose 3 scoops from 5 flavours with repeats allowed", 35),
        ("how many ways can you choose 4 donuts from 6 kinds if you can repeat", 126),
        ("how many ways to arrange 3 letters from 26 with repetition", 17576),
        ("how many ways can I pick 2 toppings out of 8?", 28),
    ],
)
async def test_ways_with_repetition(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "how many ways can I pick 2 toppings out of 8 without repetition but never the same two as yesterday?",
        "how many ways to arrange 5 books with repetition",  # no count taken
        "how many ways can I pick 2 toppings out of 8 with identical ones together?",
    ],
)
async def test_other_conditions_are_declined(request_text: str):
    await refused(request_text)
