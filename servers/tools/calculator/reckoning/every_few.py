"""An amount told for every few of a thing ('I use 350g for every 3 pasties', '2 litres per 5 plants', '£12 for
each 4 hours'): so much per one of them, a third of 350 g a pasty, where the thing is counted again elsewhere
('making 90 pasties') to say how many there are.

Read as two givens, the 350 g and the 3 pasties could be multiplied as readily as divided; said with 'for every',
'per' or 'for each' between them, the amount is shared over the few.
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed
from servers.tools.calculator.tokens import Token

_EVERY = (("for", "every"), ("for", "each"), ("every",), ("per",), ("to", "every"), ("in", "every"))


def for_every_few(tokens: list[Token], items: list[Typed]) -> list[Typed]:
    """``items`` with each amount told 'for every' few of a thing read as so much per one of it."""
    out: list[Typed] = []
    k = 0
    while k < len(items):
        amount = items[k]
        few = items[k + 1] if k + 1 < len(items) else None
        thing = kinds.counted(few.kind) if few is not None else None
        if few is not None and thing is not None and few.value > 1 and _every_between(tokens, amount, few):
            again = [o for o in items if o is not few and kinds.counted(o.kind) == thing]
            whole = len(amount.kind) == 1 and amount.kind[0][1] == 1 and kinds.counted(amount.kind) != thing
            if again and whole and amount.percent_of is None and not amount.parts:
                kind = kinds.per(amount.kind, few.kind)
                out.append(Typed(amount.value / few.value, kind, amount.start, few.end, amount.unit))
                k += 2
                continue
        out.append(amount)
        k += 1
    return out


def _every_between(tokens: list[Token], amount: Typed, few: Typed) -> bool:
    words = tuple(t.word for t in tokens[amount.end : few.start])
    return words in _EVERY
