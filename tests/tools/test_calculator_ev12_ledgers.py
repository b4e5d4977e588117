"""An account's closing balance from its named lines ('Opening balance 4,215.60, income 1,892.40, expenses
2,340.75. Closing balance?'): the opening plus money in, less money out. A line named by anything else, two
currencies, a percentage or another question declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "closing"),
    [
        ("Opening balance 4,215.60, income 1,892.40, expenses 2,340.75. Closing balance?", 3767.25),
        ("opening balance £500, donations £120 and bank charges £15. what is the closing balance?", 605),
        ("Starting balance 1,000. Receipts 250, payments 400. What's the balance now?", 850),
        ("brought forward £2,310.50; takings £845; expenses £1,120.25. closing balance?", 2035.25),
        ("opening balance 800, income 300 and expenses 1,500. closing balance?", -400),
    ],
)
async def test_the_closing_balance_of_named_lines(request_text: str, closing: float):
    answer = await solved(request_text)
    assert answer["result"] == closing
    assert answer["problem"] == "closing balance"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Opening balance 4,215.60, income 1,892.40, expenses 2,340.75, pending 100. Closing balance?",
        "Opening balance £4,215.60, income €1,892.40, expenses £2,340.75. Closing balance?",
        "Opening balance 4,215.60, income 1,892.40, expenses 20%. Closing balance?",
        "Opening balance 4,215.60, income 1,892.40 and expenses 2,340.75. How much did we spend?",
    ],
)
async def test_a_ledger_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
