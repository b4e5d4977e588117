"""A sum shared among the top places is answered evenly only when the request says so; near-misses below."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pot's £150 tonight, splitting it equally between the top three teams. How much does each get?", 50),
        ("Prize money of $900 shared evenly among the first 3 finishers. How much each?", 300),
        ("Pot's £150 tonight, splitting it between three teams. How much does each get?", 50),
    ],
)
async def test_an_even_share_said_or_no_ranking(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Pot's £150 tonight, splitting it between the top three teams. How much does each get?",
        "We have $900 prize money to share among the first 3 finishers. How much each?",
        "Quiz kitty is €240, divided among the top 4 teams. What does each team get?",
        "R2,000 prize pool split between the best 5 players, how much per player?",
    ],
)
async def test_a_share_among_the_top_places_is_declined(request_text: str):
    await refused(request_text)
