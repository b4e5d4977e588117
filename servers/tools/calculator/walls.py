"""The area of a room's walls told wall by wall: 'Two walls are 4.2 m wide and the other two are 3.5 m wide, all 2.4 m
high' → (2 × 4.2 + 2 × 3.5) × 2.4 = 36.96 m².

Each width is said with how many walls have it ('two walls are 4.2 m wide', 'the other two are 3.5 m', 'four walls,
each 3 m wide'; a width with no count is one wall) and one height is said for them all ('all 2.4 m high'). The
walls are read only where the request speaks of walls; a floor's length and width are not walls. Doors and windows
set aside ('ignoring the door and window') are read as set aside; a door or window with a size is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_WIDE = frozenset("wide long across width length".split())
_HIGH = frozenset("high tall height".split())
_WALLS = frozenset({"wall", "walls"})
_COUNT_VERBS = frozenset("are measure measuring of at".split())
_SIZE_WORDS = frozenset({"each", "all", "both"})
_IGNORING = (("ignoring",), ("ignore",), ("not", "counting"), ("forgetting", "about"), ("never", "mind"),
             ("leaving", "out"), ("without", "taking", "off"), ("not", "bothering", "about"),
             ("not", "worrying", "about"))  # fmt: skip
_OPENINGS = frozenset("door doors window windows".split())
_OPENING_FILLERS = frozenset({"the", "a", "any", "and", "or", "&", ","})


@dataclass
class Walls:
    """The walls' area in square metres, the tokens that said it, and where it was first said."""

    area: Fraction
    at: int
    read: set[int] = field(default_factory=set[int])
    working: str = ""


def read_walls(tokens: list[Token], start: int) -> Walls | None:
    """The walls told in the request, or None when it tells none (or tells them in a way not read here)."""
    if not any(t.word in _WALLS for t in tokens[start:]):
        return None
    read: set[int] = set()
    widths: list[tuple[Fraction, Fraction]] = []  # (count, metres)
    heights: list[Fraction] = []
    pending: Fraction | None = None
    first = -1
    i = start
    while tokens[i].kind != "end":
        skipped = _set_aside(tokens, i)
        if skipped:
            read.update(range(i, skipped))
            i = skipped
            continue
        token = tokens[i]
        if token.kind != "number":
            if token.word in _SIZE_WORDS and tokens[i + 1].kind == "number" and _length(tokens[i + 2]) is not None:
                read.add(i)  # 'each 3 m wide', 'all 2.4 m high': the size is every wall's
            i += 1
            continue
        metres = _length(tokens[i + 1])
        if metres is not None and (tokens[i + 2].word in _WIDE or tokens[i + 2].word in _HIGH):
            size = Fraction(token.value) * metres
            if tokens[i + 2].word in _WIDE:
                widths.append((pending if pending is not None else Fraction(1), size))
                pending = None
            else:
                heights.append(size)
            read.update(range(i, i + 3))
            first = i if first < 0 else first
            i += 3
            continue
        around = _round(tokens, i + 2) if pending is None else 0
        if metres is not None and around:  # 'the walls come to 24 m all the way round': every wall's width at once
            widths.append((Fraction(1), Fraction(token.value) * metres))
            read.update(range(i, around))
            first = i if first < 0 else first
            i = around
            continue
        if metres is not None and pending is not None and tokens[i - 1].word == "of":
            widths.append((pending, Fraction(token.value) * metres))  # 'two walls of 4 m', 'two of 3 m'
            pending = None
            read.update(range(i - 1, i + 2))
            i += 2
            continue
        if metres is None and _counts_walls(tokens, i):
            if pending is not None:
                return None  # two counts with no width between them
            pending = Fraction(token.value)
            read.add(i)
            if i > start and tokens[i - 1].word in ("has", "have", "with"):
                read.add(i - 1)  # 'the room has four walls': what the room is, not paint already had
            first = i if first < 0 else first
        i += 1
    if pending is not None or not widths or len(heights) != 1 or any(c <= 0 or w <= 0 for c, w in widths):
        return None
    height = heights[0]
    if height <= 0:
        return None
    around = sum((c * w for c, w in widths), Fraction(0))
    parts = " + ".join(f"{numbers.format_number(c)} × {numbers.format_number(w)} m" for c, w in widths)
    working = f"({parts}) × {numbers.format_number(height)} m"
    return Walls(Fraction(numbers.checked(around * height)), first, read, working)


_ROUND = (("all", "the", "way", "round"), ("all", "the", "way", "around"), ("all", "round"), ("all", "around"),
          ("round", "the", "room"), ("around", "the", "room"), ("in", "total"))  # fmt: skip


def _round(tokens: list[Token], i: int) -> int:
    """Past 'all the way round', 'all around' after a length of the walls: the length round the room, or 0."""
    for phrase in _ROUND:
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)):
            return i + len(phrase)
    return 0


def _counts_walls(tokens: list[Token], i: int) -> bool:
    """'two walls', 'the other two are', 'four walls, each': a number of walls, not a size or a count of coats."""
    after = tokens[i + 1]
    if after.word in _WALLS:
        return True
    if after.kind == "word" and after.word.isalpha() and tokens[i + 2].word in _WALLS | {"ones"}:
        return True  # 'the two long walls', 'the two short ones'
    if i > 0 and tokens[i - 1].word == "other":
        return True
    if after.kind == "number" and _length(tokens[i + 2]) is not None and tokens[i + 3].word in _WIDE:
        return True  # 'and two 3 m wide': the count right before its width
    return after.word in _COUNT_VERBS and tokens[i + 2].kind == "number" and _length(tokens[i + 3]) is not None


def _set_aside(tokens: list[Token], i: int) -> int:
    """Past 'ignoring the door and window', 'not counting the doors': openings left in, with no size. 0 when none."""
    for phrase in _IGNORING:
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)):
            j = i + len(phrase)
            named = False
            while tokens[j].word in _OPENING_FILLERS or tokens[j].word in _OPENINGS or tokens[j].text in (",", "&"):
                named = named or tokens[j].word in _OPENINGS
                j += 1
            if named and tokens[j].kind != "number":
                while j > i and tokens[j - 1].word not in _OPENINGS:
                    j -= 1  # leave the joining word after the last opening ('... and window, and with ...')
                return j
    return 0


def _length(token: Token) -> Fraction | None:
    measure = lookup(token.text) if token.kind == "word" else None
    if measure is None or measure.dimension != "length" or measure.per is not None:
        return None
    return Fraction(measure.factor)
