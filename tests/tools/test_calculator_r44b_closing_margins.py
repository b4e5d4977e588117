"""Paraphrases of a margin put on what is asked as the question's closing condition ('how many square metres do I
need if I add 10% for waste?'), and near-misses with two margins, money or a count of packs asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Roof is 14.5m by 9m. How many square metres of sheeting do I need if I add 10% for waste?", 143.55),
        ("Patio's 6 m by 4 m - how many square metres of slabs if we allow 5% extra for cuts?", 25.2),
        (
            "The engine burns 2.8 gallons an hour for 9 hours. How many gallons should I carry if I want 20% extra?",
            30.24,
        ),
        ("Lawn is 12 m by 8 m. How many square metres of turf do I need if I add 10% for wastage?", 105.6),
    ],
)
async def test_a_margin_as_the_closing_condition(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The floor is 4 m by 3 m. How many square metres of tiles do I need if I add 10% for waste and 5% for cuts?",
        "The floor is 4 m by 3 m. How much do the tiles cost if I add 10% for waste?",
        "The floor is 4 m by 3 m. How many boxes do I need if I add 10% for waste?",
        "The floor is 4 m by 3 m. How many square metres if I add 10% for waste, and how many boxes?",
        "The floor is 4 m by 3 m. How many square metres if the price goes up 10%?",
    ],
)
async def test_a_margin_with_another_question_or_money_is_declined(request_text: str):
    await refused(request_text)
