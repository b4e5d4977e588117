"""A charge and the total asked together: 'can you give me the tip and the total?', 'what's the VAT and the total?'.

A reader answers one quantity. When the question names a charge (a tip, tax or discount) and the total joined by
'and', the answer must give both: the charge's amount is taken from what the reader worked out, and where the
reading did not keep it the request is declined rather than half answered.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import AMOUNT, Quantity, currency, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_PARTS = {"tip": "tip", "gratuity": "tip", "tax": "tax", "vat": "tax", "gst": "tax", "discount": "discount"}
_BETWEEN = frozenset("the my our your".split())


def asked_pair(tokens: list[Token]) -> tuple[str, str, bool] | None:
    """The charge asked with the total ('the tip and the total'): its word, its kind and whether it comes first."""
    for k, token in enumerate(tokens):
        if token.word != "and" or k == 0:
            continue
        before = tokens[k - 1].word
        j = k + 1
        while tokens[j].word in _BETWEEN:
            j += 1
        after = tokens[j].word
        if before in _PARTS and after == "total":
            return before, _PARTS[before], True
        if before == "total" and after in _PARTS:
            return after, _PARTS[after], False
    return None


def answer_both(request: str, solution: Solution) -> Solution:
    """``solution`` with the charge asked beside the total in its answer; declined when it does not hold both."""
    pair = asked_pair(tokenize(request))
    if pair is None:
        return solution
    word, kind, first = pair
    part, total = solution.values.get(kind), solution.values.get("total")
    if part is None or total is None or solution.result != total:
        raise ToolInputError(f"it asks for the {word} and the total together; ask for one at a time")
    try:
        measure = currency(solution.unit or "")
    except KeyError:
        measure = AMOUNT
    shown = {kind: show(Quantity(part, measure)), "total": show(Quantity(total, measure))}
    name = word.upper() if word in ("vat", "gst") else word
    said = [f"{name} {shown[kind]}", f"total {shown['total']}"]
    solution.answer = "; ".join(said if first else said[::-1])
    solution.result = part if first else total
    return solution
