"""What is still owed after part of a debt is paid ('has paid £2,600 of the £3,150 she owes. How much is still
outstanding?'); more paid than owed, a charge on top, or a list of payments with nothing owed stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My tenant has paid £2,600 of the £3,150 she owes. How much is still outstanding?", 550),
        ("I owe £3,150 and have paid £2,600, how much is left to pay?", 550),
        ("I owe £3,150 and I've paid £2,600. How much do I still owe?", 550),
        ("paid £2,600 of the £3,150 owed, how much is outstanding", 550),
        ("the invoice is $4,800 and the client has paid $3,000. What's the balance outstanding?", 1800),
        ("He's paid €250 of the €400 he owes me. What's still owing?", 150),
    ],
)
async def test_what_is_still_owed_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I owe £3,150 and have paid £3,600, how much is left?",
        "I owe £3,150 and have paid £2,600 plus £50 interest, how much is left?",
        "She has paid £2,600 of the £3,150 she owes in 3 instalments. How much is left?",
        "I've paid £2,600 and £3,150, how much is left?",
    ],
)
async def test_balances_that_say_more_are_declined(request_text: str):
    await refused(request_text)
