"""What a question asks of the givens, beyond its unit: for the units-based reader.

A reader that combines the givens by their units can find an answer in a unit the question did not ask for: 'the
drip rate in drops per minute' of '500 mL over 4 hours' has a tidy answer in mL per minute, which answers another
question. Such a request is declined, not answered in the unit the givens happen to make. And 'how far did I walk'
after distances walked one after another ('3 km and then 4 km more') asks for their whole, as 'in total' does.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given, Target
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.stories import question_words
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


_DID = frozenset("did have has had was were".split())


def travelled(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """'I walked 3 km and then 4 km. How far did I walk?': every given a distance, and the question how far the
    mover went (not 'how far am I from home'), so the distances are added up as the whole."""
    asked = question_words(tokens, start)
    went = any(asked[k : k + 2] == ["how", "far"] and asked[k + 2 : k + 3] and asked[k + 2] in _DID
               for k in range(len(asked) - 2))  # fmt: skip
    lengths = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.dimension == "length"]
    return (
        went
        and len(givens) >= 2
        and len(lengths) == len(givens)
        and all(
            g.quantity.measure is not None and g.quantity.measure.per is None and not g.quantity.percent for g in givens
        )
    )


def further(tokens: list[Token], k: int) -> bool:
    """'more' right after a distance said after 'then' or 'and' ('then 4 km more'): one more leg of the same walk,
    not a comparison."""
    if tokens[k].word != "more" or k < 3:
        return False
    unit = lookup(tokens[k - 1].text) if tokens[k - 1].kind == "word" else None
    if unit is None or unit.dimension != "length" or unit.per is not None or tokens[k - 2].kind != "number":
        return False
    return tokens[k - 3].word in ("then", "and", "another")
