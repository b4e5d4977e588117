"""Lines of a bill: a quantity and the price it is bought 'at', said together ('7 yards of lace at ₦9,500 per
yard', '40 jars @ £6 a jar'), are one amount of money before anything else is done with them.

Kinds alone pair a price with any quantity of its kind, so two such lines of one kind ('7 yards of lace at ₦9,500
per yard plus 3 yards of george at ₦14,000 per yard') could be crossed, each price with the other's yards, and
would be declined as two readings. Said with 'at' straight after its quantity, a price is that quantity's.
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed
from servers.tools.calculator.tokens import Token

_AT = frozenset({"at", "@"})
_BREAKS = frozenset("and but so then while plus or each per".split())
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ",", ":"})


def priced_lines(tokens: list[Token], items: list[Typed]) -> list[Typed]:
    """``items`` with each quantity and the price 'at' which it is bought joined into the money they make; none
    joined where two lines priced alike do not each name their own goods ('7 grooms at $65 and 11 grooms at $15'
    may be two services, each a groom)."""
    found = [k for k in range(len(items) - 1) if _at(tokens, items[k], items[k + 1])]
    priced = [items[k + 1].kind for k in found]
    goods = [_goods(tokens, items[k]) for k in found]
    alike = any(priced.count(kind) > 1 for kind in priced)
    if alike and (None in goods or len(set(goods)) != len(goods)):
        return items
    out: list[Typed] = []
    k = 0
    while k < len(items):
        item = items[k]
        price = items[k + 1] if k + 1 < len(items) else None
        if price is not None and k in found:
            kind = kinds.times(item.kind, price.kind)
            if len(kind) == 1 and kind[0][1] == 1 and kind[0][0].startswith("money"):
                out.append(
                    Typed(item.value * price.value, kind, item.start, price.end, price.unit, None, (item, price))
                )
                k += 2
                continue
        out.append(item)
        k += 1
    return out


def _goods(tokens: list[Token], item: Typed) -> str | None:
    """What a quantity is of, named with it or right after it: 'lace' in '7 yards of lace'."""
    for i in range(item.start, item.end + 1):
        if tokens[i].word == "of" and tokens[i + 1].kind == "word":
            return tokens[i + 1].word
    return None


def _at(tokens: list[Token], item: Typed, price: Typed) -> bool:
    """Whether ``price`` is said 'at' straight after ``item``, a few words naming the thing between at most."""
    if item.percent_of is not None or price.percent_of is not None or item.parts or price.parts:
        return False
    between = tokens[item.end : price.start]
    if not between or len(between) > 4 or between[-1].word not in _AT and between[-1].text != "@":
        return False
    return all(t.kind == "word" and t.word not in _BREAKS and t.text not in _CLAUSE_ENDS for t in between[:-1])


def listed_lines(tokens: list[Token], items: list[Typed]) -> frozenset[frozenset[int]]:
    """Lines said one after the other ('7 yards at ₦9,500 per yard plus 3 yards at ₦14,000 per yard'): one bill,
    whose lines are added, never taken from each other."""
    pairs: set[frozenset[int]] = set()
    for a, b in zip(items, items[1:], strict=False):
        between = tokens[a.end : b.start]
        if a.parts and b.parts and all(t.word in ("and", "plus") or t.text in (",", "&", "+") for t in between):
            pairs.add(frozenset((a.start, b.start)))
    return frozenset(pairs)
