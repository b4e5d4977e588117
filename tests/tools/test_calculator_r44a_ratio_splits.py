"""Paraphrases of an amount split in a ratio of large parts written with a colon ('60:40', '70:30'), which is no
time of day, and near-misses: a ratio with no amount, a third share, a clock time."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Split £500 60:40 between Amy and Ben. How much does Ben get?", 200),
        ("We split £1,250 70:30 between Raj and Dev. How much does Raj get?", 875),
        ("Divide R9,000 in the ratio 55:45 between Thabo and Sipho. What does Sipho get?", 4050),
        ("share $2,400 between Kim and Lee 25:75, how much does Lee get", 1800),
    ],
)
async def test_a_ratio_of_large_parts(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Split it 60:40 between Amy and Ben. How much does Ben get?",
        "Split £500 60:40 between Amy, Ben and Cal. How much does Cal get?",
        "Split £500 60:40 between Amy and Ben. How much more does Amy get than Ben and why?",
        "The shift runs 25:30 to 27:00. How long is it?",
    ],
)
async def test_a_ratio_without_its_amount_or_sharers_is_declined(request_text: str):
    await refused(request_text)
