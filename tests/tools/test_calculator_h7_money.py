"""Money word problems the calculator missed on a blind-written set (issue 9, heldout 7), read as families: pay by
the hour, tips and splits, tax backed out of a price, savings goals, interest and loans told as a story, exchange
at a given rate. And the contract under them: a request cut off anywhere is declined, never a crash.
"""

from __future__ import annotations

import pytest

from servers.tools.calculator.solver import solve_request
from servers.tools.inputs import ToolInputError

_CUT_OFF = [
    "what percentage of 250",
    "I pick up used books",
    "the product of 14",
    "the sum of",
    "How much will our house be worth in 2030?",
    "Dinner for four came to $86.40 and we want to",
    "I'm on £11.44 an hour at the",
    "Retired last spring and put $10,000 into a",
    "If the bureau gives 1.17 euros to the",
    "Rent is $2,150 a month. I pay 40% and",
]
_WHOLE = [
    "Dinner for four came to $86.40 and we want to leave an 18% tip on top. If we split everything evenly, what does "
    "each of us pay?",
    "I'm saving $250 every month for 18 months. How much will I have put aside?",
    "What is the product of 14 and 3, then the sum of that and 8?",
    "I pick up used books at $2 each and sell them for $5. What percentage of 250 books sold is profit?",
    "Thinking of a $15,000 car loan at 6% APR over 5 years, paid monthly. Roughly what would the monthly payment be?",
]


def _prefixes(request: str) -> list[str]:
    words = request.split()
    return [" ".join(words[:k]) for k in range(1, len(words) + 1)]


@pytest.mark.parametrize("request_text", [*_CUT_OFF, *(p for r in _WHOLE for p in _prefixes(r))])
def test_a_request_cut_off_anywhere_is_answered_or_declined_never_a_crash(request_text: str):
    try:
        solve_request(request_text)
    except ToolInputError:
        pass  # a decline, saying why: the contract's honest answer to a request it cannot account for
