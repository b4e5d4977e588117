"""A fraction written with a slash before a unit: '3/4 cup of sugar' is three quarters of a cup, '1/2 mile' half a
mile.

Read by the arithmetic, '3/4 cup' is 3 divided by 4 cups, which has no meaning, so the request was declined. Written
with no space around its slash, of two whole numbers, and right before a unit of measure (not money: '£3/4 hours'
is a rate), the fraction is one number: the three tokens are replaced in place by it, so every reader sees 0.75
cup. '3 / 4 cups' with spaces stays a division, and a fraction before anything but a unit stays as written.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token


def join_fractions(tokens: list[Token]) -> None:
    """Replace, in place, each 'a/b' written before a unit of measure by the one number a/b."""
    k = 0
    while k < len(tokens) - 3:
        top, slash, bottom, unit = tokens[k : k + 4]
        if _whole(top) and slash.text == "/" and slash.attached and _whole(bottom) and bottom.attached:
            measure = lookup(unit.word, short=False) if unit.kind == "word" and not unit.attached else None
            if measure is not None and not is_money(measure) and bottom.value != 0 and not _after_number(tokens, k):
                value = Fraction(top.value) / Fraction(bottom.value)
                tokens[k : k + 3] = [Token("number", f"{top.text}/{bottom.text}", top.start, value)]
        k += 1


def _whole(token: Token) -> bool:
    return token.kind == "number" and token.text.isdigit()


def _after_number(tokens: list[Token], k: int) -> bool:
    """'1 3/4 cups' is a mixed number the amounts read already; '10 - 3/4 cup' a sum: left as written."""
    return k > 0 and (tokens[k - 1].kind == "number" or tokens[k - 1].text in ("/", "*", "^"))
