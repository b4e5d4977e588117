"""'A 480 pound order': pounds of money, said in words before what was bought or billed.

'480 pounds' alone is a weight as readily as money, and the units read it as a weight. Said in the singular between
a number and a noun that only money can be ('a 480 pound order', 'a 60 pound fine', 'a 25 pound voucher'), it is
sterling: the tokens are replaced in place by '£480', so every reader sees the amount it means. A weight said the
same way ('a 50 pound bag of flour') names no such noun, and stays a weight.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_BILLED = frozenset(
    "order orders bill invoice purchase purchases shop shopping fine voucher vouchers note budget deposit fee "
    "donation payment refund bonus gift tip".split()
)
"""Nouns that only an amount of money can describe: an order, a bill, a fine are never weighed."""


def name_pounds(tokens: list[Token]) -> None:
    """Replace, in place, each 'N pound' before a noun of money by '£N'."""
    for k in range(1, len(tokens) - 1):
        number, unit = tokens[k - 1], tokens[k]
        if number.kind == "number" and unit.word == "pound" and tokens[k + 1].word in _BILLED:
            tokens[k - 1 : k + 1] = [Token("currency", "£", number.start, value="GBP"), number]
