"""What a price is said of: a rate told of one of a thing that is counted elsewhere ('Porter charge Rs 2,500 per
day ... I need 3 porter', 'A guide costs $40 a day, we hire 2 guides': so much a day for each one, as 'each porter
charges' would say); and the amounts an 'each' opened a clause for ('each one costs $320 ground hire and $180 for the
refs': both are per game, though only the first is typed so).

A rate is read per one only when its sentence opens with the thing in the singular, and the request counts more
than one of it; 'Porters charge Rs 2,500 per day' may be for all of them, and is left as it was.
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed, counted_word
from servers.tools.calculator.tokens import Token

_OPENERS = frozenset("a an the one each every our my your their".split())
_ENDS = frozenset({".", "?", "!", ";"})
_EACH_REACH = 5
"""How far before its amount an 'each' is looked for ('each one costs $320')."""


def each_one_rated(tokens: list[Token], items: list[Typed]) -> list[Typed]:
    """``items`` with each rate per a time, said of one of a thing counted elsewhere, per that thing too."""
    counted = {kinds.counted(item.kind): item for item in items if item.value > 1}
    out: list[Typed] = []
    for item in items:
        ups = [b for b, p in item.kind if p > 0]
        downs = [b for b, p in item.kind if p < 0]
        if len(ups) == 1 and ups[0].startswith("money") and len(downs) == 1 and downs[0].startswith("time "):
            thing = _subject(tokens, item.start)
            if thing is not None and thing in counted:
                kind = kinds.per(item.kind, kinds.count(thing))
                item = Typed(item.value, kind, item.start, item.end, item.unit, item.percent_of, item.parts)
        out.append(item)
    return out


def _subject(tokens: list[Token], i: int) -> str | None:
    """The thing a sentence opens with, when it is one of a thing: 'Porter' in 'Porter charge Rs 2,500 per day'."""
    first = i
    while first > 0 and tokens[first - 1].text not in _ENDS:
        first -= 1
    while first < i and tokens[first].word in _OPENERS:
        first += 1
    word = tokens[first]
    thing = counted_word(word)
    if first >= i or thing is None or thing == "people" or word.word != thing:
        return None  # 'Porters charge ...': all of them, or each
    return thing


def each_left_open(tokens: list[Token], items: list[Typed]) -> bool:
    """Whether a price per one of a thing, opened by 'each' ('each one costs $320 ground hire'), is followed in its
    sentence by another amount of its money typed as a whole ('and $180 for the refs'): the 'each' may well cover
    it too, and a sum that takes it once would be a confident guess."""
    for first, then in zip(items, items[1:], strict=False):
        ups = [b for b, p in first.kind if p > 0]
        if len(ups) != 1 or not ups[0].startswith("money") or not any(p < 0 for _, p in first.kind):
            continue
        opened = tokens[max(0, first.start - _EACH_REACH) : first.start]
        if not any(t.word == "each" for t in opened) or any(t.text in _ENDS for t in opened[-2:]):
            continue
        between = tokens[first.end : then.start]
        if then.kind == kinds.base(ups[0]) and not any(t.text in _ENDS for t in between):
            return True
    return False
