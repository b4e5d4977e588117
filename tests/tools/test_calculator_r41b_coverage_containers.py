"""Paraphrases of whole containers for an area where the container is said with what it holds ('one bag of
finishing plaster covers 10 square metres') or asked as whole ('how many whole bags'), and near-misses with a
second area, no area to cover, or part of it taken away."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A bag of lawn seed covers 25 square metres. The lawn is 180 square metres. How many bags?", 8),
        ("Each tin of floor varnish covers 12 sq m and the hall floor is 30 sq m, two coats. How many tins?", 5),
        ("One tub of grout covers 4 square metres. I've got 17 square metres of tiles, how many whole tubs?", 5),
        ("one roll of felt covers 10 sq m, the shed roof is 14 sq m - how many full rolls do I need to buy?", 2),
    ],
)
async def test_whole_containers_for_an_area(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "A bag of lawn seed covers 25 square metres. How many bags?",
        "A bag of lawn seed covers 25 square metres. The lawn is 180 square metres and the verge 20. How many bags?",
        "One tub of grout covers 4 square metres. I've got 17 square metres of tiles, less the 2 square metre "
        "splashback, how many whole tubs?",
        "A tin of floor varnish costs £18 and covers 12 sq m. The hall floor is 30 sq m. How many tins?",
    ],
)
async def test_containers_with_more_to_it_are_declined(request_text: str):
    await refused(request_text)
