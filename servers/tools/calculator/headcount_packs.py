"""Whole packs for a headcount: how many people, what each has, what one pack holds — '3 pounds of crawfish a head,
85 folks coming, sacks run 35 pounds: how many sacks do I order?' (255 lb, 7.29, so 8 sacks) — or how many people
one pack feeds: '18 cast and 7 crew, a large pizza feeds about 3 people. How many larges?' (25 people, 9 pizzas).

The people may be counted in parts joined by 'and' ('18 cast and 7 crew', '14 adults and 6 kids'), which are
added. What each has is said by head ('a head', 'per person', 'each', 'apiece'); the pack is the thing the question
counts, named beside its size ('sacks run about 35 pounds', '35 lb sacks', 'a large pizza feeds 3'). A part pack
is one more, since what is ordered must cover everyone. A price, a percentage, what is already there or spare, a
question of how many can be filled, or a figure more is another problem and is declined here.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import convert, lookup, plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_HEADS = frozenset(
    "people person folk guest adult kid child children cast crew friend member student pupil diner visitor worker "
    "player camper attendee delegate volunteer helper passenger persona parishioner teammate relative".split()
)
_BY_HEAD = frozenset("head person guest adult kid folk persona".split())
_EACH = frozenset("each apiece everyone everybody".split())
_FEEDS = frozenset("feeds feed serves serve seats seat sleeps holds takes fits does".split())
_SPOILERS = frozenset(
    "already left spare extra more less fewer except minus half double twice can could fill filled full leftover "
    "besides cost costs price each's remaining".split()
)


def solve_headcount_packs(tokens: list[Token], start: int) -> Solution | None:
    """Whole packs that cover a headcount; None unless the request is exactly that."""
    asked = _asked(tokens, start)
    if asked is None or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    if any(t.kind in ("currency", "clock", "date", "ordinal") or t.text in ("%", "/") for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    givens = [g for g in givens if not _one_of(tokens, g, asked)]  # 'one pizza serves 3': the pack named, not counted
    if not 2 <= len(givens) <= 5:
        return None
    feeds = [g for g in givens if _feeds(g, asked)]
    heads = [g for g in givens if g not in feeds and g.quantity.measure is None and singular(g.noun) in _HEADS]
    if not heads or not _joined(tokens, heads) or any(not numbers.is_integer(g.quantity.value) for g in heads):
        return None
    people = sum((Fraction(g.quantity.value) for g in heads), Fraction(0))
    rest = [g for g in givens if g not in heads and g not in feeds]
    if len(feeds) == 1 and not rest:
        return _packs(people, Fraction(feeds[0].quantity.value), asked, [_counted(heads, people)], "people")
    if feeds or len(rest) != 2:
        return None
    each = [g for g in rest if _by_head(g)]
    if len(each) != 1:
        return None
    pack = rest[0] if rest[1] is each[0] else rest[1]
    a, b = each[0].quantity.measure, pack.quantity.measure
    if a is None or b is None or a.per is not None or b.per is not None or a.key != b.key or not _names(pack, asked):
        return None
    need = Fraction(each[0].quantity.value)
    size = Fraction(convert(pack.quantity.value, b, a))
    total = people * need
    steps = [_counted(heads, people), f"{numbers.format_number(people)} × {numbers.format_number(need)} {a.label(need)}"
             f" = {numbers.format_number(total)} {a.label(total)}"]  # fmt: skip
    return _packs(total, size, asked, steps, a.label(total))


def _asked(tokens: list[Token], start: int) -> str | None:
    """The pack the question counts ('how many sacks do I need'), as one of it; None for a measure or nothing."""
    found = [k for k in range(start, len(tokens) - 2) if tokens[k].word == "how" and tokens[k + 1].word == "many"]
    if len(found) != 1 or tokens[found[0] + 2].kind != "word":
        return None
    noun = tokens[found[0] + 2].word
    if not noun.isalpha() or lookup(noun, short=False) is not None or singular(noun) in _HEADS:
        return None
    return singular(noun)


def _feeds(g: Given, asked: str) -> bool:
    """'a large pizza feeds about 3 people', 'the van seats 8': how many people one of the packs asked serves."""
    if g.quantity.measure is not None or singular(g.noun) not in _HEADS:
        return False
    words = [w for w in g.before if w not in ("about", "around", "roughly", "approximately", "up", "to")]
    return bool(words) and words[-1] in _FEEDS and asked in {singular(w) for w in words}


def _one_of(tokens: list[Token], g: Given, asked: str) -> bool:
    named = tokens[g.start + 1]
    return g.quantity.measure is None and g.quantity.value == 1 and singular(named.word) == asked


def _by_head(g: Given) -> bool:
    """'3 pounds a head', '2 litres per person', '250 g each', 'each guest drinks 2 glasses'."""
    after = list(g.after[:4])
    for k in range(len(after) - 1):
        if after[k] in ("a", "per", "for", "every") and singular(after[k + 1]) in _BY_HEAD:
            return True
    if any(w in _EACH for w in after[:3]):
        return True
    return "each" in g.before and any(singular(w) in _HEADS for w in g.before)


def _names(pack: Given, asked: str) -> bool:
    """'sacks run about 35 pounds', '35 lb sacks', 'rolls of 25 m': the pack asked, named beside its size."""
    said = {singular(w) for w in (*pack.before, *pack.after[:2])} | {singular(pack.goods)}
    return asked in said


def _joined(tokens: list[Token], heads: list[Given]) -> bool:
    """Counts of people added only when said together: '18 cast and 7 crew', '14 adults, 6 kids'."""
    for first, second in zip(heads, heads[1:], strict=False):
        between = [t.word or t.text for t in tokens[first.end : second.start]]
        if between not in (["and"], [","], [",", "and"], ["plus"], ["+"]):
            return False
    return True


def _counted(heads: list[Given], people: Fraction) -> str:
    if len(heads) == 1:
        return f"{numbers.format_number(people)} people"
    parts = " + ".join(numbers.format_number(g.quantity.value) for g in heads)
    return f"{parts} = {numbers.format_number(people)} people"


def _packs(total: Fraction, size: Fraction, asked: str, steps: list[str], unit: str) -> Solution | None:
    if size <= 0 or total <= 0:
        return None
    exact = total / size
    packs = math.ceil(exact)
    steps = [*steps, f"{numbers.format_number(total)} {unit} ÷ {numbers.format_number(size)} = "
             f"{numbers.format_number(exact)}"]  # fmt: skip
    if packs != exact:
        steps.append(f"rounded up to {packs} whole {plural(asked)}")
    named = asked if packs == 1 else plural(asked)
    expression = f"ceil({numbers.format_number(total)} / {numbers.format_number(size)})"
    solution = Solution(f"{packs} {named}", packs, "packs for a headcount", expression, steps)
    solution.notes.append("a part pack is one more, so there is enough for everyone")
    return solution
