"""The area of several rectangles together: 'We are building 24 new drying tables, each 30 metres long and 1.2
metres wide. What is the total drying surface in square metres?' (864), 'one rug of 3.5 m by 2.4 m and two runners of
0.8 m by 3 m each. What is the total area?' (13.2 square meters), 'A capulana is 1,8 m long and 1,1 m wide. I am
sewing 6 of them together, no overlap. What is the total area in square metres?' (11.88).

Each rectangle is told by its two sides ('30 m by 1.2 m', '6 m long and 1.5 m wide', '4 x 3 m'), in any unit of
length; how many there are is told by a whole count before the sides in their sentence ('24 tables, each ...', 'two
runners of ...') or after them as a count of them ('6 of them', 'all 6'), and is one where nothing counts them. The
total is the sum of count × length × width, shown in the square of the sides' unit or in the unit of area asked
('in hectares', 'how many square feet').

Every figure of the request must be a side or a count, the question must ask for the area of them all ('total',
'altogether', 'all 6 racks', or after 'for all of it') and nothing else, and no
word may take a part away or add another kind of sum ('except', 'minus', 'path', 'border', 'perimeter', 'cost'):
anything else is left to the other readers, and declined when none reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.area_units import area_unit, named
from servers.tools.calculator.quantities import Measure, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.tokens import Token

_BY = frozenset({"by", "x", "×", "*"})
_ENDS = frozenset({".", "!", "?", ";"})
_AREA = frozenset("area surface surfaces size".split())
_SPOILERS = frozenset(
    "except excluding minus less without not path paths border borders edge edges frame perimeter fence fencing "
    "around round cost costs price paint tiles tile per half twice double remove removed subtract take "
    "left remaining rest volume deep depth high height thick overlap overlapping overlaps".split()
)
"""Words that take part of the area away or ask another sum; 'no overlap' is read as saying nothing is taken."""
_NO_OVERLAP = (("no", "overlap"), ("without", "overlap"), ("not", "overlapping"))
_SQUARE = frozenset({"square", "sq", "squared"})
_TOGETHER = frozenset("total together altogether combined all overall sum".split())


@dataclass(frozen=True, slots=True)
class _Rectangle:
    length: Fraction
    width: Fraction
    unit: Measure
    start: int
    end: int


def solve_rectangle_total(tokens: list[Token], start: int) -> Solution | None:
    """The total area of the rectangles told (see above), or None when the request is not exactly that."""
    rectangles = _rectangles(tokens, start)
    if not rectangles or len(rectangles) > 12:
        return None
    figures = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    counts = _counts(tokens, start, rectangles, figures)
    if counts is None or len(rectangles) == 1 and counts == [1]:
        return None  # one rectangle once: geometry's own
    question = last_sentence(tokens)
    if not _area_asked(tokens[question:], tokens) or _spoiled(tokens, start):
        return None
    asked = _asked_unit(tokens[question:])
    base = rectangles[0].unit
    if asked is None:
        if any(r.unit != base for r in rectangles):
            return None  # sides in several units and no unit asked: which square to show is a guess
        asked = f"square {base.name}", base.factor * base.factor
    asked_name, asked_factor = asked
    steps: list[str] = []
    total = Fraction(0)
    for rectangle, count in zip(rectangles, counts, strict=True):
        area = rectangle.length * rectangle.width
        side = f"{numbers.format_number(rectangle.length)} × {numbers.format_number(rectangle.width)}"
        said = f"{numbers.format_number(count * area)} {named(f'square {rectangle.unit.name}', count * area)}"
        steps.append(f"{side} = {said}" if count == 1 else f"{count} × {side} = {said}")
        total += count * area * rectangle.unit.factor * rectangle.unit.factor
    in_asked = total / asked_factor
    result = numbers.checked(in_asked)
    shown = numbers.format_number(numbers.round_half_up(result, 4))
    label = named(asked_name, in_asked)
    steps.append(f"together: {shown} {label}")
    expression = " + ".join(
        f"{c} * {numbers.format_number(r.length)} * {numbers.format_number(r.width)}"
        for r, c in zip(rectangles, counts, strict=True)
    )
    solution = Solution(f"{shown} {label}", result, "total area of rectangles", expression, steps, label)
    if shown != numbers.format_number(result):
        solution.exact = numbers.format_number(result)
    return solution


def _rectangles(tokens: list[Token], start: int) -> list[_Rectangle]:
    """Every pair of sides told: '30 m by 1.2 m', '6 m long and 1.5 m wide', '4 by 3 m', '12 cm x 15 cm'."""
    found: list[_Rectangle] = []
    k = start
    while k < len(tokens) - 3:
        rectangle = _sides_at(tokens, k)
        if rectangle is None:
            k += 1
            continue
        found.append(rectangle)
        k = rectangle.end
    return found


def _sides_at(tokens: list[Token], k: int) -> _Rectangle | None:
    if tokens[k].kind != "number":
        return None
    first = _length_unit(tokens[k + 1])
    j = k + 1 + (first is not None)
    long = tokens[j].word == "long"
    j += long
    if not (tokens[j].word in _BY or tokens[j].text in _BY or long and tokens[j].word == "and"):
        return None
    j += 1
    if tokens[j].kind != "number":
        return None
    second = _length_unit(tokens[j + 1])
    unit = second or first
    if unit is None or first is not None and second is not None and first != second:
        return None
    end = j + 1 + (second is not None)
    if long != (tokens[end].word in ("wide", "broad")):
        return None  # '6 m long and 1.5 m': a length and something else
    end += long
    length, width = Fraction(tokens[k].value), Fraction(tokens[j].value)
    if length <= 0 or width <= 0:
        return None
    return _Rectangle(length, width, unit, k, end)


def _length_unit(token: Token) -> Measure | None:
    measure = lookup(token.text) if token.kind == "word" else None
    return measure if measure is not None and measure.dimension == "length" and measure.per is None else None


def _counts(tokens: list[Token], start: int, rectangles: list[_Rectangle], figures: list[int]) -> list[int] | None:
    """How many of each rectangle there are, each figure of the request a side or a count; None otherwise."""
    sides = {k for r in rectangles for k in (r.start, _second_figure(tokens, r))}
    left = [k for k in figures if k not in sides]
    counts = [1] * len(rectangles)
    for n, rectangle in enumerate(rectangles):
        before = _count_before(tokens, start, rectangle, left)
        if before is not None:
            counts[n] = _whole(tokens[before])
            left.remove(before)
    if left and len(rectangles) == 1 and counts == [1] and len(left) == 1 and _of_them(tokens, left[0]):
        counts[0] = _whole(tokens[left[0]])
        left = []
    if left or any(c < 1 for c in counts):
        return None
    return counts


def _second_figure(tokens: list[Token], rectangle: _Rectangle) -> int:
    return next(k for k in range(rectangle.start + 1, rectangle.end) if tokens[k].kind == "number")


def _count_before(tokens: list[Token], start: int, rectangle: _Rectangle, left: list[int]) -> int | None:
    """A whole count before the sides in their sentence, with only words and commas between ('24 new raised drying
    tables, each', 'two runners of')."""
    for k in range(rectangle.start - 1, max(start, rectangle.start - 9) - 1, -1):
        token = tokens[k]
        if token.text in _ENDS or token.kind not in ("word", "number", "symbol"):
            return None
        if token.kind == "number":
            return k if k in left and _whole(token) > 0 else None
    return None


def _of_them(tokens: list[Token], k: int) -> bool:
    """'6 of them', 'all 6': a count of the rectangles told before."""
    after = [t.word for t in tokens[k + 1 : k + 3]]
    return after == ["of", "them"] or tokens[k - 1].word == "all" and _whole(tokens[k]) > 0


def _whole(token: Token) -> int:
    value = Fraction(token.value)
    return int(value) if value.denominator == 1 and token.kind == "number" else 0


def _area_asked(question: list[Token], tokens: list[Token]) -> bool:
    """Whether the question asks the area of them all together: 'the total area', 'how many square metres
    altogether', or a question of area after 'for all of it'; never 'the area of the room' or 'of each'."""
    words = {t.word for t in question if t.kind == "word"}
    if not (words & _AREA or words & _SQUARE or _asked_unit(question) is not None) or words & {"each", "per"}:
        return False
    said = [t.word for t in tokens]
    all_of = any(said[k : k + 3] in (["all", "of", "it"], ["all", "of", "them"]) for k in range(len(said)))
    return bool(words & _TOGETHER) or all_of


def _asked_unit(question: list[Token]) -> tuple[str, Fraction] | None:
    """The unit of area the question asks in, as its name and its size in square metres: 'in square metres',
    'how many hectares', 'in m²'."""
    found = (area_unit(question, k) for k in range(len(question) - 1) if question[k].kind == "word")
    return next(((name, size) for name, size, _ in filter(None, found)), None)


def _spoiled(tokens: list[Token], start: int) -> bool:
    words = [t.word for t in tokens[start:]]
    said = set(words)
    for phrase in _NO_OVERLAP:
        if any(tuple(words[k : k + len(phrase)]) == phrase for k in range(len(words))):
            said -= set(phrase)
    return bool(said & _SPOILERS)
