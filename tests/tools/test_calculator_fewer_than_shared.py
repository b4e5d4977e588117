"""Fewer things than people to share them ('12 pizzas for 30 people. How many pizzas per person?') are shared in
parts, 0.4 each: read as whole things, nobody would get one and the answer '0 pizzas each, with 12 left over' says
nothing the user asked about."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("12 pizzas for 30 people. How many pizzas per person?", 0.4),
        ("3 cakes among 8 kids, how many cakes each?", 0.375),
        ("We've got 5 watermelons for the 20 campers, how many watermelons per camper?", 0.25),
    ],
)
async def test_fewer_things_than_people_are_shared_in_parts(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_more_things_than_people_are_still_shared_whole():
    answer = await solved("100 candies among 3 kids, how many candies each?")
    assert answer["answer"] == "33 candies each, with 1 left over"


@pytest.mark.parametrize(
    "request_text",
    [
        "12 pizzas for 30 people and 4 drivers. How many pizzas per person?",
        "12 pizzas for 30 people. How many pizzas per person per hour?",
    ],
)
async def test_a_second_group_or_a_rate_asked_is_declined(request_text: str):
    await refused(request_text)
