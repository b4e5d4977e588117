"""A price said after a measured amount with 'at' alone: '2 kg at ₲ 30.000', '3 litres at $4'.

Is ₲ 30.000 the price of a kilo or of the 2 kg? Sellers say both, so a sum over such prices that depends on which
(an average price per kilo over two lots) is declined, to be asked again with 'a kilo' or 'for the lot'. A count
at a price ('3 notebooks at $4') is a price each, as people say it, and is not read here; nor is a price said with
what it is of ('at $3 a kilo', 'at $3 per kg', 'at $6 the lot').
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

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
