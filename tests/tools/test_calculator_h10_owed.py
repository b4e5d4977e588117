"""What is still owed on a bill after payments against it (issue 9; two tuning requests the calculator declined):
'The plumber's bill came to £640 and I've paid £250 so far. How much do I still owe?' → £390. Near misses — a fee,
interest or a percentage paid, a question about something else — still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("The plumber's bill came to £640 and I've paid £250 so far. How much do I still owe?", "£390.00 still owed"),
        ("The invoice was $2,400 and we paid $1,850. How much is still owed?", "$550.00 still owed"),
        ("The quote was €1,200 and I paid €300 and another €450. What's outstanding?", "€450.00 still owed"),
        ("The dentist's bill is £310 and I paid £100, how much is left to pay", "£210.00 still owed"),
        ("The bill was £500 and I paid £500. How much do I still owe?", "£0.00 still owed"),
    ],
)
async def test_a_bill_less_the_payments_against_it(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The invoice was $2,400 and we paid $1,850 plus a late fee. How much is still owed?",
        "The invoice was $2,400, we paid $1,850 and they charge 2% interest. How much is still owed?",
        "The invoice was $2,400 and we paid 50%. How much is still owed?",
        "The invoice was $2,400 and we paid $1,850. How much did we pay?",
        "I had $40 and paid $12. How much is still owed?",
        "The bill was £500 and I paid £600. How much do I still owe?",
        "The bill was £500 and we split it between 2 of us, I paid £100. How much do I still owe?",
    ],
)
async def test_near_misses_of_a_balance_owed_decline(request_text: str):
    await refused(request_text)
