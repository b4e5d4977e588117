"""Paraphrases of a count given out to each of a group, and near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I have 36 stickers and I give 5 stickers to each of my 6 friends. How many do I have left?", 6),
        ("Sam has 4 boxes of 24 pencils and gives 3 to each of 20 pupils. How many pencils are left?", 36),
        ("I baked 48 cookies and gave 4 to each of my 5 neighbours. How many cookies are left?", 28),
        ("We had 2 bags of 50 sweets and gave 6 to each of the 15 children. How many sweets are left?", 10),
    ],
)
async def test_given_to_each_of_a_group(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "I have 36 stickers and each friend gets 5. How many left?",
        "I have 3 packs of 12 stickers and give 5 to each of my 6 friends, then buy 10 more. How many left?",
        "I have 3 packs of 12 stickers and give half to each of my 6 friends. How many left?",
    ],
)
async def test_given_to_each_near_misses_are_declined(request_text: str):
    await refused(request_text)
