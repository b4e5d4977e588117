"""An area said in one unit and asked in another: 'How many square feet are in 45 square metres?' (484.38 square
feet), '2 acres in square metres', 'convert 45 m² to ft²', '5,000 sq m is how many acres'.

The units table holds only the land units (hectares, acres): a square of a length is geometry's, worked out from
its sides. Here the square units are read where they are said outright — 'square metres', 'sq ft', 'm²', 'ft
squared' — and an area is converted by the square of its length's factor. The request is read in full: one area,
one unit asked for it ('in', 'into', 'to' or 'how many'), nothing else; an area asked in a length or a volume, or a
second number, is not read here. Told in a story ('my flat is 30 square metres, how many square feet is that?'),
the one area is converted when the unit is asked of it ('that', 'it', 'convert') and no other word changes it.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.conversion_stories import CHANGING
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.shown_figures import to_sensible_figures
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_CONVERT = frozenset("convert change turn express".split())
_INTO = frozenset("in into to as".split())
_HOW_MANY_VERBS = tuple(
    tuple(p.split())
    for p in ("are there in", "is there in", "are in", "is in", "fit in", "fit into", "go into", "make up", "make",
              "is", "are", "in")
)  # fmt: skip
_IS = tuple(tuple(p.split()) for p in ("is how many", "are how many", "equals how many", "= how many", "in how many"))


def solve_area_conversion(tokens: list[Token], start: int) -> Solution | None:
    """The one area of the request in the one area unit asked for; None when the request is not just that."""
    i = start + (tokens[start].word in _CONVERT)
    asked: tuple[str, Fraction] | None = None
    if _words_at(tokens, i, ("how", "many")):
        found = area_unit(tokens, i + 2)
        if found is None:
            return None
        asked, i = found[:2], found[2]
        verb = next((v for v in _HOW_MANY_VERBS if _words_at(tokens, i, v)), None)
        if verb is None:
            return None
        i += len(verb)
    area = area_at(tokens, i)
    if area is None:
        return None
    value, given, i = area
    if asked is None:
        if tokens[i].word in _INTO:
            i += 1
        elif (said := next((p for p in _IS if _words_at(tokens, i, p)), None)) is not None:
            i += len(said)
        else:
            return None
        found = area_unit(tokens, i)
        if found is None:
            return None
        asked, i = found[:2], found[2]
    if tokens[i].kind != "end" or asked[0] == given[0]:
        return None
    return _answer(value, given, asked)


def solve_area_story(tokens: list[Token], start: int) -> Solution | None:
    """'my flat is 30 square metres, how many square feet is that?', 'a 1,500 sq ft house in m²?': the one area of
    a story asked in one other area unit, after 'how many' or 'in'; every other word says nothing that changes it."""
    numbers_at = [k for k in range(start, len(tokens)) if tokens[k].kind in ("number", "currency", "clock", "date")]
    if len(numbers_at) != 1:
        return None
    area = area_at(tokens, numbers_at[0])
    if area is None:
        return None
    value, given, end = area
    asked: list[tuple[str, Fraction]] = []
    k = start
    while tokens[k].kind != "end":
        if numbers_at[0] <= k < end:
            k = end
            continue
        found = area_unit(tokens, k)
        if found is not None and (tokens[k - 1].word in _INTO or tokens[k - 1].word == "many"):
            asked.append(found[:2])
            k_unit, how_many, k = k, tokens[k - 1].word == "many", found[2]
            said_of = (
                end == k_unit - 1
                or any(t.word in _REFERS or t.word in _CONVERT for t in tokens[start:k_unit])
                or _size_asked(tokens, start, numbers_at[0], found[2])  # 'how big a 250 sq m plot is in sq ft'
            )
            if not how_many and not said_of:
                return None  # "what's the garden in square feet": another thing's area
            if how_many:
                while tokens[k].word in _OF_IT:
                    k += 1  # 'how many square feet is that': of the area said, nothing else
                if tokens[k].kind not in ("end", "number") and tokens[k].text not in ("?", ".", "!", ",", "-"):
                    return None  # 'how many square feet is the bedroom': of something else
            continue
        if found is not None or tokens[k].word in _CHANGES or tokens[k].kind == "word" and _length_named(tokens[k]):
            return None  # a unit named otherwise, or a word that does something to the area
        k += 1
    if len(asked) != 1 or asked[0][0] == given[0]:
        return None
    return _answer(value, given, asked[0])


_CHANGES = CHANGING - frozenset("square squared sq sqm sqft back".split())  # a back lawn is no return trip
_OF_IT = frozenset("is are that it this a an there in".split())
_REFERS = frozenset("that it this".split())


def _size_asked(tokens: list[Token], start: int, at: int, end: int) -> bool:
    """'how big a 250 square metre plot is in square feet?', 'how large is a ...': the size asked of the one area
    right before it, the question ending at the unit and nothing else asked after it."""
    before = [t.word for t in tokens[max(start, at - 4) : at] if t.word != "is"]
    if len(before) < 3 or before[-3:] not in (["how", "big", "a"], ["how", "large", "a"]):
        return False
    after = {t.word for t in tokens[end:]}
    return tokens[end].kind == "end" or tokens[end].text in ("?", ".") and not after & _ASKS_MORE


_ASKS_MORE = frozenset("what how which and also plus".split())


def _length_named(token: Token) -> bool:
    unit = lookup(token.text, short=False)
    return unit is not None


def area_at(tokens: list[Token], i: int) -> tuple[Fraction, tuple[str, Fraction], int] | None:
    """A number and the area unit it is in: '45 square metres', '2 acres', '45 m²', 'a hectare'."""
    if tokens[i].word in ("a", "an", "one"):
        value = Fraction(1)
    elif tokens[i].kind == "number" and tokens[i].value is not None and tokens[i].value > 0:
        value = Fraction(tokens[i].value)
    else:
        return None
    found = area_unit(tokens, i + 1)
    if found is None:
        return None
    return value, found[:2], found[2]


def area_unit(tokens: list[Token], i: int) -> tuple[str, Fraction, int] | None:
    """The area unit at ``i`` — its name, its size in square metres — and where it ends: 'square metres',
    'sq. ft', 'sqm', 'm²' (read 'm squared'), 'm2', 'hectares', 'acres'."""
    if tokens[i].word in ("sqm", "sqft"):
        return _square_of(tokens[i].word[2:], i + 1)
    if tokens[i].word in ("square", "sq"):
        j = i + 1 + (tokens[i + 1].text == "." and tokens[i].word == "sq")
        return _square_of(tokens[j].text, j + 1) if tokens[j].kind == "word" else None
    if tokens[i].kind != "word":
        return None
    after = tokens[i + 1]
    if after.word == "squared" or after.kind == "number" and after.attached and after.text == "2":
        return _square_of(tokens[i].text, i + 2)
    land = lookup(tokens[i].text, short=True)
    if land is not None and land.dimension == "area" and land.per is None:
        return land.name, Fraction(land.factor), i + 1
    return None


def _square_of(word: str, end: int) -> tuple[str, Fraction, int] | None:
    length = lookup(word, short=True)
    if length is None or length.dimension != "length" or length.per is not None:
        return None
    side = Fraction(length.factor)
    return f"square {length.name}", side * side, end


def _answer(value: Fraction, given: tuple[str, Fraction], asked: tuple[str, Fraction]) -> Solution:
    result = value * given[1] / asked[1]
    shown = _shown(result)
    before = f"{numbers.format_number(value)} {named(given[0], value)}"
    ratio = _shown(given[1] / asked[1])
    label, asked_in = named(asked[0], result), named(asked[0], Fraction(2))
    steps = [f"{before} × {ratio} = {shown} {label} (1 {given[0]} = {ratio} {asked_in})"]
    solution = Solution(f"{shown} {label}", result, "unit conversion", f"{before} in {asked_in}", steps, label)
    if not numbers.terminates(result) and len(str(result)) <= 40:
        solution.exact = str(result)
    return to_sensible_figures(solution, result, value)


def _shown(value: Fraction) -> str:
    return numbers.format_number(value if numbers.terminates(value) else numbers.tidy(float(value)))


def named(unit: str, value: Fraction) -> str:
    """'square meter' of one, 'square meters' of any other amount."""
    if value == 1:
        return unit
    words = unit.split()
    return " ".join([*words[:-1], plural(words[-1])])


def _words_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) >= len(tokens):
        return False
    return all(tokens[i + k].word == w or tokens[i + k].text == w for k, w in enumerate(words))
