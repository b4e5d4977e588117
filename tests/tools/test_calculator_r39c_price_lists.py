"""Paraphrases of a price list told first and then how many of each ('a wash is £15 and a cut £22; I did 8 washes
and 5 cuts'); near-misses where a count names two prices or none, a count is left over, or a share or what is left
is asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A wash is £15 and a cut is £22. I did 8 washes and 5 cuts today. What did I take?", 230),
        ("Small boxes are $4 and large boxes $9. We packed 30 small and 12 large. What's the total cost?", 228),
        ("Nail art for a full set is £35 and £20 for a single hand. This week I did 6 full sets and 9 single hands. "
         "What did I take?", 390),
        ("A MOT is £54.85 and an interim service is £120. Yesterday we did 7 MOTs and 3 services. What did we "
         "take?", 743.95),
    ],
)  # fmt: skip
async def test_counts_at_the_prices_listed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "A wash is £15 and a cut is £22. I did 8 washes and 5 washes today. What did I take?",
        "A wash is £15 and a cut is £22. I did 8 washes and 5 cuts today. What did I take each?",
        "A wash is £15 and a cut and wash is £22. I did 8 washes and 5 cuts today. What did I take?",
        "A wash is £15 and a cut is £22. I did 8 washes, 5 cuts and 3 perms today. What did I take?",
        "A wash is £15 and a cut is £22. I did 8 washes and 5 cuts today. What's left after the £50 rent?",
        "A wash is £15 and a cut is £22 with 10% off. I did 8 washes and 5 cuts today. What did I take?",
    ],
)
async def test_an_unmatched_count_or_another_question_is_declined(request_text: str):
    await refused(request_text)
