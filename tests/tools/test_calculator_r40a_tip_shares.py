"""Paraphrases of a bill with a tip added and shared evenly (people named or a count after a word of sharing), and
near-misses: a tip already included, the tip or the total asked, someone not paying, a count of things bought."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Five teachers had lunch. The bill was £142 and we're adding a 10% tip, split evenly. How much each?", 31.24),
        ("Meal came to £88. Add 12.5% for the waiter and split it between 3. What do we each pay?", 33),
        ("bill £240 + 15% tip divided by 6", 46),
        ("Bill: £96. Tip: 20%. People: 4. Each pays?", 28.8),
        ("Add a 10% gratuity to the £315 dinner and share it among 7 colleagues. What's each share?", 49.5),
    ],
)
async def test_a_tipped_bill_shared_evenly(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Dinner was £186 with an 18% tip already included. Split 4 ways, how much each?",
        "£64 for 4 pizzas plus a 10% tip, split evenly. How much each?",
        "Five of us had lunch for £142 with a 10% tip, but the birthday girl doesn't pay. How much each?",
        "The bill was £142 with a 10% tip, split between 5. How much each per month?",
    ],
)
async def test_a_tipped_bill_that_is_another_question_is_declined(request_text: str):
    await refused(request_text)
