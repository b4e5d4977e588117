"""Whether an answer would be in the unit the question asks for.

A reader that combines the givens by their units can find an answer in a unit the question did not ask for: 'the
drip rate in drops per minute' of '500 mL over 4 hours' has a tidy answer in mL per minute, which answers another
question. Such a request is declined, not answered in the unit the givens happen to make.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given, Target
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token

_RATE_WORDS = frozenset("cost price pay wage fee charge earning saving payment bill rent spend".split())
"""Nouns of money asked per a unit of time ('the cost per hour'): the money is the answer's, not a count."""


def uncounted_rate(tokens: list[Token], target: Target, givens: list[Given]) -> bool:
    """The question asks for a count of things per unit ('drops per minute') that no given counts."""
    if target.top is not None or target.per is None or target.span[0] < 1:
        return False
    asked = tokens[target.span[0] - 1]
    word = asked.word
    if asked.kind != "word" or not word.isalpha() or not word.endswith("s") or lookup(word, short=False) is not None:
        return False
    return singular(word) not in {singular(g.noun) for g in givens if g.noun} | _RATE_WORDS
