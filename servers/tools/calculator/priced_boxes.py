"""Things bought at a price for a box of so many: 'If I buy cups at £42 for a box of 500, whats the price per cup' is
'£42 for a box of 500 cups'. The words are put the way the unit price reader reads a pack, which accounts for the
rest of the request (and declines it when anything else is said).
"""

from __future__ import annotations

from servers.tools.calculator.prices import solve_unit_price
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PACKS = frozenset("box pack packet bag case crate tray roll carton tub sleeve tin jar bottle".split())


def solve_priced_box(tokens: list[Token], start: int) -> Solution | None:
    """The price of one of the things bought 'at £42 for a box of 500'; None when the request says no such box."""
    found = [
        k
        for k in range(start + 1, len(tokens) - 8)
        if tokens[k].word == "at"
        and tokens[k - 1].kind == "word"
        and tokens[k + 1].kind == "currency"
        and tokens[k + 2].kind == "number"
        and tokens[k + 3].word == "for"
        and tokens[k + 4].word in ("a", "one", "each")
        and tokens[k + 5].word in _PACKS
        and tokens[k + 6].word == "of"
        and tokens[k + 7].kind == "number"
    ]
    if len(found) != 1:
        return None
    k = found[0]
    noun = tokens[k - 1]
    read = [*tokens[: k - 1], *tokens[k + 1 : k + 8], noun, *tokens[k + 8 :]]
    return solve_unit_price(read, start)
