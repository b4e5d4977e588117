"""An amount said with the stretch of time it takes ('I paint 3 masks in 2 hours', 'the dryer does 150 kg of copra
in 3 days', 'makes 18 marquetas every 6 hours', 'it takes me 2 hours to paint 3 masks'): a rate, so much per one
unit of that time (or so much time per one thing).

Read as two givens, the 3 masks and the 2 hours could be multiplied as readily as divided, and a question of hours
for 45 masks would find both 45 ÷ 3 × 2 and 2 × 3 ÷ 45; said together, the one is done in the other, and only the
first reading is left.
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed
from servers.tools.calculator.tokens import Token

_OVER = frozenset({"in", "every", "within", "over"})
_CLAUSE_BREAKS = frozenset({".", ",", ";", "?", "!", ":"})
REACH = 4
"""At most this many words between the amount and its 'in' ('150 kg of copra in'), or between the time's 'to' and
the amount ('2 hours to paint 3')."""


def rated_over_time(tokens: list[Token], items: list[Typed]) -> list[Typed]:
    """``items`` with each amount said to be done in a stretch of time, next to it, read as a rate; none when a
    rate is asked ('how many seconds per question'), which the two givens read apart answer either way round."""
    if items and any(t.word in ("per", "each") for t in tokens[items[-1].end :]):
        return items
    out: list[Typed] = []
    k = 0
    while k < len(items):
        first, second = items[k], items[k + 1] if k + 1 < len(items) else None
        rate = _rate(tokens, first, second) if second is not None else None
        if rate is not None:
            out.append(rate)
            k += 2
            continue
        out.append(first)
        k += 1
    return out


def _rate(tokens: list[Token], first: Typed, second: Typed) -> Typed | None:
    if not (_plain(first) and _plain(second)) or second.value == 0 or first.value == 0:
        return None
    between = tokens[first.end : second.start]
    if len(between) > REACH or any(t.kind != "word" or t.text in _CLAUSE_BREAKS for t in between):
        return None
    words = [t.word for t in between]
    done_in = _timed(second) and not _timed(first) and bool(words) and words[-1] in _OVER  # '3 masks in 2 hours'
    taking = _timed(first) and not _timed(second) and words[:1] == ["to"] and len(words) >= 2  # '2 hours to paint 3'
    if not (done_in or taking):
        return None
    return Typed(first.value / second.value, kinds.per(first.kind, second.kind), first.start, second.end, first.unit)


def _plain(item: Typed) -> bool:
    """One amount of one kind, said as it is: no percentage, no line of a bill, no rate already."""
    return len(item.kind) == 1 and item.kind[0][1] == 1 and item.percent_of is None and not item.parts


def _timed(item: Typed) -> bool:
    return item.kind[0][0].startswith("time ")
