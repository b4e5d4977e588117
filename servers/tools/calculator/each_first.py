"""'Each' said before the period of an amount each one gets or pays: 'pocket money £4.50 each a week' is '£4.50 a week
each'. The words are put in the order the reader of amounts each per period (``each_rates``) reads, and the request
is answered only when that reader accounts for all of it; nothing else about the request changes.
"""

from __future__ import annotations

from servers.tools.calculator.each_rates import solve_rate_each
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PERIODS = frozenset("day week fortnight month year".split())
_PER = frozenset({"a", "an", "per", "every"})


def each_before_period(tokens: list[Token], start: int) -> list[int]:
    """Where an amount is said '£4.50 each a week': the indices of those 'each'."""
    return [
        k
        for k in range(start + 2, len(tokens) - 2)
        if tokens[k].word == "each"
        and tokens[k - 2].kind == "currency"
        and tokens[k - 1].kind == "number"
        and tokens[k + 1].word in _PER
        and tokens[k + 2].word in _PERIODS
    ]


def solve_each_first(tokens: list[Token], start: int) -> Solution | None:
    """The reading of '£4.50 each a week' as '£4.50 a week each'; None when there is no such amount, or two."""
    found = each_before_period(tokens, start)
    if len(found) != 1:
        return None
    k = found[0]
    read = [*tokens[:k], tokens[k + 1], tokens[k + 2], tokens[k], *tokens[k + 3 :]]
    return solve_rate_each(read, start)
