"""Amounts that are no total to share out each: a price of one thing no count is given of ('26 horses at $180 a set,
what's that bring in per cycle?'), and a product written with its sign ('$3 × 12 eggs').

The reading by the givens' units shares a total among a counted group when the question asks 'each' or 'per' of
it; divided so, these give a confident wrong answer ('$6.92 per horse', '$0.25 each'). What one set costs says
nothing of how many sets a cycle holds, and a multiplication sign asks a product, so both are left to decline.
"""

from __future__ import annotations

from servers.tools.calculator.givens import PEOPLE, Given
from servers.tools.calculator.quantities import is_money, lookup, singular
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_SHARED_BY = PEOPLE | frozenset("head heads".split())  # 'per head': a person, whatever the story counts


def priced_per_other(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """Whether the question asks per a thing no count is given of, of a price of one of another such thing: '26
    horses at $180 a set, what's that bring in per cycle?'.

    Shared out each, such a price is no total to divide ('$6.92 per horse'): it is what one set costs, and how
    many sets a cycle holds is not said."""
    counted = {singular(g.noun) for g in givens if g.noun}

    def uncounted(k: int) -> bool:
        thing = tokens[k]
        word = thing.word
        return (
            thing.kind == "word"
            and word.isalpha()
            and lookup(word) is None
            and word not in _SHARED_BY
            and (singular(word) not in counted)
        )

    asked = question_start(tokens, start)
    per_other = any(t.word == "per" and uncounted(k + 1) for k, t in enumerate(tokens[asked:-1], asked))
    return per_other and any(
        is_money(g.quantity.measure) and tokens[g.end].word in ("a", "an", "per") and uncounted(g.end + 1)
        for g in givens
        if g.end + 1 < len(tokens)
    )


def times_signed(tokens: list[Token]) -> bool:
    """Whether the request multiplies with a sign ('$3 × 12 eggs'): a product of the lot, never a price shared out."""
    return any(t.text in ("×", "*") for t in tokens)
