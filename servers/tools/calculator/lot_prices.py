"""A price said after a measured amount with 'at' alone: '2 kg at ₲ 30.000', '3 litres at $4'.

Is ₲ 30.000 the price of a kilo or of the 2 kg? Sellers say both, so a sum over such prices that depends on which
(an average price per kilo over two lots) is declined, to be asked again with 'a kilo' or 'for the lot'. A count
at a price ('3 notebooks at $4') is a price each, as people say it, and is not read here; nor is a price said with
what it is of ('at $3 a kilo', 'at $3 per kg', 'at $6 the lot').
"""

from __future__ import annotations

from servers.tools.calculator.givens import PEOPLE, Given
from servers.tools.calculator.quantities import is_money, lookup, singular
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_SHARED_BY = PEOPLE | frozenset("head heads".split())  # 'per head': a person, whatever the story counts
_OF_WHAT = frozenset("a an per each the for every apiece".split())


def lot_or_unit(tokens: list[Token], start: int) -> bool:
    """Whether a price follows 'at' right after a measured amount and says nothing of what it is the price of."""
    for k in range(max(start, 2), len(tokens) - 2):
        if tokens[k].word != "at" or tokens[k + 1].kind != "currency" or tokens[k + 2].kind != "number":
            continue
        unit = lookup(tokens[k - 1].word, short=True)
        measured = (
            tokens[k - 2].kind == "number" and unit is not None and unit.dimension in ("mass", "volume", "length")
        )
        if measured and tokens[k + 3].word not in _OF_WHAT and lookup(tokens[k + 3].word, short=True) is None:
            return True
    return False


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
