"""Paraphrases of paint for walls said by the length all the way round the room and one height, with a closing
remark in brackets on the doors; near-misses with a door of a size, a second height, or a remark with a figure."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Doing the kids' room. Walls are 14 m all the way round and 2.5 m high, one coat. A litre covers 10 square "
            "metres. How many litres?",
            3.5,
        ),  # fmt: skip
        (
            "The walls measure 18 m all round and are 2.4 m high, two coats, and the tin says 12 square metres per "
            "litre. How many litres do I need? (ignoring the windows)",
            7.2,
        ),  # fmt: skip
        (
            "Scout hut walls: 30 m all the way around, 3 m high. Masonry paint does 15 square metres per litre. How "
            "many litres will I need?",
            6,
        ),  # fmt: skip
    ],
)
async def test_paint_for_walls_said_all_the_way_round(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Walls are 14 m all the way round and 2.5 m high, and the door is 2 square metres. A litre covers 10 square "
        "metres. How many litres?",
        "Walls are 14 m all the way round, 2.5 m high on one side and 3 m on the other. A litre covers 10 square "
        "metres. How many litres?",
        "The walls measure 18 m all round and are 2.4 m high, and the tin says 12 square metres per litre. How many "
        "litres do I need? (minus 4 square metres of windows)",
        "The walls measure 18 m all round and are 2.4 m high, and the tin says 12 square metres per litre. How many "
        "litres do I need? (and what will it cost)",
        "Walls are 14 m all the way round. A litre covers 10 square metres. How many litres?",
    ],
)
async def test_walls_not_fully_said_are_declined(request_text: str):
    await refused(request_text)
