"""Paraphrases of a party that splits a sum 'three ways' where the party already counts three ('me and my two
brothers'), and of the sum told in the next sentence ('Last month was £4,356'); near-misses where the counts
disagree, the amount is missing or a second question is asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Me and my two cousins split the market profit three ways. This week was £1,860. What do we each get?", 620),
        ("Me and my sister split the bill two ways. It came to £90. How much each?", 45),
        ("We split the raffle takings four ways. Last year it came to £1,240. What does each of us get?", 310),
        ("Me, my wife and our 2 kids split the £200 four ways. How much each?", 50),
        ("Me and my two brothers split the £4,356 profit three ways. What do we get each?", 1452),
    ],
)
async def test_a_sum_shared_by_a_counted_party(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Me and my two brothers split the £4,356 profit four ways. What do we get each?",
        "Me and my sister split the bill three ways. It came to £90. How much each?",
        "We split the raffle takings four ways. Last year it came to a lot. What does each of us get?",
        "We split the raffle takings four ways. Last year was £1,240. What does each of us get and what's the tax?",
        "We split the raffle takings. Last year was £1,240. What does each of us get?",
    ],
)
async def test_disagreeing_counts_or_a_missing_sum_is_declined(request_text: str):
    await refused(request_text)
