"""Paraphrases of how many portions a whole fills when the whole (or the one pouring) is who fills: only full
portions count, rounded down ('how many 400 g bags will it fill' → 12 of 5 kg). Portions needed to hold or reach
the whole still round up; near-misses with a second question, a third figure or a clash between 'full' and
portions that make the whole are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Made 5 kg of fudge. How many full 400 g bags will it fill?", 12),
        ("5kg fudge made. how many 400g bags will that fill", 12),
        ("We've got 5 kg of fudge here. How many 400 g bags does it make up?", 12),
        ("Kindly advise how many whole 400 g bags 5 kg of fudge will fill.", 12),
        ("how many whole 400g bags can we get out of 5kg fudge", 12),
        ("The urn holds 9 litres of tea. How many 250 ml mugs will it fill?", 36),
        ("Got 7 m of piping, how many full 2 m lengths does it make?", 3),
        ("I've 10 litres of elderflower. How many 750 ml bottles will this fill?", 13),
    ],
)
async def test_portions_the_whole_fills_round_down(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I need to bag 5 kg of fudge in 400 g bags, how many bags do I need?", 13),
        ("How many 400 g bags for 5 kg of fudge?", 13),
        ("How many 330 ml cans make 2 litres?", 7),
        ("How many 400 g bags would fill at least 5 kg?", 13),
        ("How many 5 litre jugs to fill a 12 litre tank?", 3),
        ("How many 5 litre jugs will it take to fill a 12 litre tank?", 3),
    ],
)
async def test_portions_needed_to_hold_the_whole_round_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "How many full 330 ml cans make 2 litres?",
        "Made 5 kg of fudge and ate 300 g. How many full 400 g bags will it fill?",
        "Made 5 kg of fudge. How many full 400 g bags will it fill and what's left?",
        "Made 5 kg of fudge and 2 kg of toffee. How many full 400 g bags will it fill?",
        "Made 5 kg of fudge. How many full bags will it fill?",
        "Made 5 kg of fudge. How many full 400 g bags will each of us fill?",
    ],
)
async def test_a_filled_count_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
