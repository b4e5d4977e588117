"""What is still owed on a bill once payments are made against it; more paid than the bill, a tax or rate to add,
instalments or two currencies decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The plumber's bill came to £640 and I've paid £250 so far. How much do I still owe?", 390),
        ("The invoice was $2,400 and we paid $1,850. How much is still owed?", 550),
        ("The bill was £640 and I've paid £250. How much do I owe?", 390),
        ("The quote is €1,200 and I paid a €300 deposit and then €400. What's outstanding?", 500),
        ("The builder's invoice was £5,000 and I've paid £2,000. How much is left to pay?", 3000),
    ],
)
async def test_the_bill_less_what_was_paid_is_still_owed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The invoice was $2,400 and we paid $2,500. How much is still owed?",
        "The invoice was $2,400 plus 20% VAT and we paid $1,850. How much is still owed?",
        "The invoice was $2,400 and we paid $1,850 in 3 monthly instalments. How much is still owed?",
        "The invoice was $2,400 and we paid €1,850. How much is still owed?",
    ],
)
async def test_a_refund_a_tax_instalments_or_two_currencies_decline(request_text: str):
    await refused(request_text)
