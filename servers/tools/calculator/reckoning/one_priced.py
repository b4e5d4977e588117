"""A price told for one of a thing ('Cost for one plate 34 baht', 'one plate costs me 34 baht', '34 baht for 1
plate') where more of the thing are counted elsewhere ('Today 87 plates'): the price is so much per plate, and the
'one' is what it is per, not a plate to add to the 87.

It is read only when the sentence says nothing else: 'one plate for 60 baht and 86 plates for 55' tells two prices
of two lots, and is left to the kinds alone (which decline it).
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed
from servers.tools.calculator.tokens import Token

_ENDS = frozenset({".", "?", "!", ";", ","})


def one_priced(tokens: list[Token], items: list[Typed]) -> list[Typed]:
    """``items`` with each 'one <thing>' beside a plain amount of money, alone in their sentence, read as that
    money per thing."""
    out = list(items)
    for one in items:
        thing = kinds.counted(one.kind)
        if thing is None or one.value != 1 or tokens[one.start].text.lower() not in ("one", "1"):
            continue
        if not any(kinds.counted(o.kind) == thing and o is not one for o in items):
            continue  # no other lot of the thing: 'one' may be the whole of it
        alike = [o for o in items if _same_sentence(tokens, o, one) and o is not one]
        if len(alike) != 1 or len(alike[0].kind) != 1 or not alike[0].kind[0][0].startswith("money"):
            continue
        price = alike[0]
        if price not in out or one not in out:
            continue
        rate = Typed(price.value, kinds.per(price.kind, one.kind), min(one.start, price.start),
                     max(one.end, price.end), price.unit)  # fmt: skip
        out[out.index(price)] = rate
        out.remove(one)
    return out


def _same_sentence(tokens: list[Token], a: Typed, b: Typed) -> bool:
    low, high = min(a.start, b.start), max(a.end, b.end)
    return not any(t.text in _ENDS for t in tokens[low:high])
