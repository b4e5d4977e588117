"""How many tiles (slabs, panels, boards) cover a rectangle: 'Kitchen floor is 3.6 m by 2.8 m and the tiles are 30 cm
by 30 cm. How many tiles would exactly cover it?' → 10.08 m² ÷ 0.09 m² = 112 tiles.

Two rectangles, each said by its sides ('3.6 m by 2.8 m', '50cm x 50cm', '4 by 3 m') or, for a square, by one side
('20 cm square tiles'); the floor may be said by its area instead ('a 12 square metre floor'). The tile is the
smaller, said with the thing the question counts ('the tiles are ...', '60 cm slabs', 'each slab is ...'). The
count is the floor's area over the tile's; a count that is not whole is rounded up to whole tiles and the exact
figure said. Waste, cuts and breakages are left out only when the request says so ('before any allowance for
breakages', 'ignoring waste'); any other number, a third size, a price, or a word that changes the area ('border',
'except', 'gap') declines the reading.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.coverage import square_unit
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_BY = frozenset({"by", "x", "×", "*"})
_SPOILERS = frozenset(
    "border edge edges around surround path gap gaps grout joint joints except excluding minus without less half "
    "twice double both already have has had left over extra spare spares plus more cost costs price each-box box "
    "boxes pack packs packet packets cut cuts fit fits fitting".split()
)
"""Words that change the area or what is counted: a border or path around it, gaps, tiles already had, boxes."""
_NOT_ALLOWED = frozenset("before ignoring ignore without no not excluding".split())
_ALLOWANCE_FILLERS = frozenset("any an the counting allowance allowances allowing for".split())
_ALLOWANCES = frozenset("breakages breakage waste wastage cuts cutting spares spare extras extra".split())
_COUNTED_NOT = frozenset("square squares metres meters feet foot".split())


@dataclass(frozen=True, slots=True)
class _Patch:
    area: Fraction  # square metres
    start: int
    end: int  # index after its last token
    said: str


def solve_tiling(tokens: list[Token], start: int) -> Solution | None:
    """The tiles that cover a rectangle, by area; None when the request is not that."""
    asked = question_words(tokens, start)
    at = next((k + 2 for k in range(len(asked) - 2) if asked[k : k + 2] == ["how", "many"]), None)
    if at is None:
        return None
    read = _read(tokens, start)
    if read is None:
        return None
    patches, words = read
    if len(patches) != 2 or words & _SPOILERS:
        return None
    floor, tile = sorted(patches, key=lambda p: p.area, reverse=True)
    if tile.area <= 0 or floor.area <= tile.area:
        return None
    noun = _counted(asked, at)
    if noun == "":
        noun = _noun_of(tokens, tile)
    if not noun or not _said_with(tokens, tile, noun) or _said_with(tokens, floor, noun):
        return None
    exact = floor.area / tile.area
    count = math.ceil(exact)
    label = noun if count != 1 else singular(noun)
    working = f"{_m2(floor.area)} ÷ {_m2(tile.area)}"
    steps = [f"{floor.said} = {_m2(floor.area)}", f"{tile.said} = {_m2(tile.area)}"]
    if count == exact:
        steps.append(f"{working} = {count} {label}")
        answer = f"{count} {label}"
    else:
        steps.append(f"{working} = {numbers.format_number(exact)}, rounded up to {count} whole {label}")
        answer = f"{count} {label} ({numbers.format_number(exact)} by area, rounded up to whole {label})"
    solution = Solution(answer, count, "tiling", working, steps, label)
    solution.notes.append("counted by area: tiles cut at the edges and breakages are not allowed for")
    return solution


def _read(tokens: list[Token], start: int) -> tuple[list[_Patch], set[str]] | None:
    """Every size in the request and the words outside them and outside a waste-not-counted aside; None when a
    number is not part of a size."""
    patches: list[_Patch] = []
    words: set[str] = set()
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("currency", "date", "clock", "ordinal") or token.text == "%":
            return None
        if token.kind == "number":
            patch = _patch(tokens, i)
            if patch is None:
                return None
            patches.append(patch)
            i = patch.end
            continue
        if token.kind == "word":
            skipped = _no_allowance(tokens, i)
            if skipped:
                i = skipped
                continue
            words.add(token.word)
        i += 1
    return patches, words


def _patch(tokens: list[Token], i: int) -> _Patch | None:
    """A size at ``i``: 'A u by B u', 'A by B u', 'A u square', or an area 'A square metres'."""
    first = Fraction(tokens[i].value)
    area = square_unit(tokens, i + 1)
    if area is not None:
        return _Patch(first * area[0], i, area[1], _text(tokens, i, area[1]))
    unit = _length(tokens[i + 1])
    j = i + 2 if unit is not None else i + 1
    if tokens[j].word in _BY and tokens[j + 1].kind == "number":
        second = Fraction(tokens[j + 1].value)
        other = _length(tokens[j + 2])
        if other is None:
            return None
        end = j + 3
        if unit is None:
            unit = other  # '4 by 3 m': one unit said for both sides
        return _Patch(first * unit * second * other, i, end, _text(tokens, i, end))
    if unit is not None and tokens[j].word == "square" and _length(tokens[j + 1]) is None:
        return _Patch(first * unit * first * unit, i, j + 1, _text(tokens, i, j + 1))  # '20 cm square'
    return None


def _length(token: Token) -> Fraction | None:
    """Metres in one of the unit of length at ``token`` ('m', 'cm', 'ft'), or None."""
    measure = lookup(token.text) if token.kind == "word" else None
    if measure is None or measure.dimension != "length" or measure.per is not None:
        return None
    return Fraction(measure.factor)


def _no_allowance(tokens: list[Token], i: int) -> int:
    """Past 'before any allowance for breakages', 'ignoring waste', 'no spares': what the count leaves out, said as
    left out. 0 when no such aside starts at ``i``."""
    if tokens[i].word not in _NOT_ALLOWED:
        return 0
    j = i + 1
    while j < i + 5 and tokens[j].word in _ALLOWANCE_FILLERS:
        j += 1
    if tokens[j].word not in _ALLOWANCES:
        return 0
    j += 1
    while tokens[j].word in ("or", "and") and tokens[j + 1].word in _ALLOWANCES:
        j += 2
    return j


def _counted(asked: list[str], at: int) -> str | None:
    """The plural noun 'how many' counts: 'how many tiles', 'how many paving slabs', 'how many 30 cm tiles'; '' when
    it counts what was named before ('tiles are 25cm x 25cm. how many do we need?')."""
    if at < len(asked) and asked[at] in _ELIDED:
        return ""
    for word in asked[at : at + 8]:
        if word.isalpha() and lookup(word, short=False) is None and word not in _COUNTED_NOT and word.endswith("s"):
            if word not in ("is", "does", "was", "has", "this", "us"):
                return word
    return None


def _said_with(tokens: list[Token], patch: _Patch, noun: str) -> bool:
    """Whether ``noun`` is said of the size: just after it ('30 cm tiles'), or up to four words before it ('the tiles
    are 30 cm by 30 cm', 'each paving slab is 60 cm by 60 cm', 'tiles of 20 by 20 cm')."""
    one = singular(noun)
    after = tokens[patch.end]
    if after.kind == "word" and singular(after.word) == one:
        return True
    k = patch.start - 1
    while k > 0 and patch.start - k <= 3 and tokens[k].word in _LINKS:
        k -= 1  # past 'are', 'is', 'of', 'each' between the noun and its size
    return k >= 0 and tokens[k].kind == "word" and singular(tokens[k].word) == one


_LINKS = frozenset("are is were was measure measures measuring of each the a an be covers cover covering".split())


_ELIDED = frozenset("do does will would should can could are is".split())


def _noun_of(tokens: list[Token], patch: _Patch) -> str | None:
    """The plural noun said with a size ('tiles are 25cm x 25cm', '60 cm slabs'): what an elided 'how many' counts."""
    after = tokens[patch.end]
    if after.kind == "word" and after.word.isalpha() and after.word.endswith("s") and lookup(after.word) is None:
        return after.word
    k = patch.start - 1
    while k > 0 and patch.start - k <= 3 and tokens[k].word in _LINKS:
        k -= 1
    word = tokens[k].word if k >= 0 and tokens[k].kind == "word" else ""
    return word if word.isalpha() and word.endswith("s") and lookup(word) is None else None


def _text(tokens: list[Token], begin: int, end: int) -> str:
    return " ".join(t.text for t in tokens[begin:end])


def _m2(value: Fraction) -> str:
    return f"{numbers.format_number(value)} m²"
