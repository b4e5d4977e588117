"""Paraphrases of a phrase between an amount and its rate, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We borrowed €45,000 for the new press at 4.5% simple interest over 5 years. How much interest do we pay "
         "in total?", 10125),
        ("We borrowed €45,000 for the press at 4.5% simple interest over 5 years. How much interest do we pay in "
         "total?", 10125),
        ("I took out £12,000 for a tractor at 6% simple interest over 3 years. How much interest is that?", 2160),
        ("We are driving 280 miles to the Lakes at an average of 56 mph. How many hours will it take?", 5),
        ("I'm cycling 45 km to the coast at 15 km/h. How long will it take?", 3),
        ("They flew 1,800 miles to Lisbon at 450 mph. How many hours?", 4),
    ],
)  # fmt: skip
async def test_phrase_before_rate_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We are driving 280 miles to the Lakes. How many hours will it take?",
        "We borrowed €45,000 for the new press at simple interest over 5 years. How much interest?",
        "We borrowed €45,000 for the new press and the old press at 4.5% simple interest over 5 years. How much "
        "interest do we pay in total on the old press?",
    ],
)
async def test_phrase_before_rate_near_misses(request_text: str):
    await refused(request_text)
