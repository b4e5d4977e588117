"""Whole packs of flooring (laminate, tiles, turf) for a rectangle, with an allowance for waste: 'Living room floor
is 4.2m x 3.6m. Laminate comes in packs that cover 2.2 m2 each and the fitter says add 10% for waste. How many
packs should I buy?' → 4.2 × 3.6 = 15.12 m²; + 10% = 16.632 m²; ÷ 2.2 m² = 7.56, so 8 packs.

The request gives the floor by its sides ('4.2m x 3.6m', '5 m by 4 m') or its area ('a 15 m² floor'), the area one
pack (box, roll, pallet) covers ('packs that cover 2.2 m2 each', 'boxes of 1.5 square metres') and perhaps one
percentage said to be for waste ('add 10% for waste', 'allow 5% extra for cuts'). The question asks how many packs
(of what the story sells them in); packs are whole, so the count is rounded up and the exact figure said. Any
other number, a price, a second percentage or a word that takes part of the floor away declines.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.coverage import square_unit
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_PACKS = frozenset("pack packs box boxes roll rolls pallet pallets bundle bundles carton cartons".split())
_WASTE = frozenset("waste wastage cuts cutting offcuts extra spare overage breakages allowance".split())
_SPOILERS = frozenset("except excluding minus without less border gap price cost costs rooms both".split())


def solve_area_packs(tokens: list[Token], start: int) -> Solution | None:
    """Whole packs to cover a floor with its waste; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS:
        return None
    sides: list[Fraction] = []
    areas: list[tuple[Fraction, int]] = []  # square metres, where said
    waste: Fraction | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind != "number":
            if token.kind in ("clock", "date", "ordinal", "currency"):
                return None
            i += 1
            continue
        value = Fraction(token.value)
        square = square_unit(tokens, i + 1)
        if square is not None:
            areas.append((value * square[0], i))
            i = square[1]
            continue
        if tokens[i + 1].text == "%":
            near = {t.word for t in tokens[max(start, i - 4) : i + 6] if t.kind == "word"}
            if waste is not None or not near & _WASTE:
                return None
            waste, i = value / 100, i + 2
            continue
        length = lookup(tokens[i + 1].text, short=True) if tokens[i + 1].kind == "word" else None
        if length is None or length.dimension != "length" or length.per is not None:
            return None
        sides.append(value * length.factor)
        i += 2
    floor: Fraction
    if len(sides) == 2 and len(areas) == 1:
        floor, cover = sides[0] * sides[1], areas[0][0]
    elif not sides and len(areas) == 2:
        floor, cover = areas[0][0], areas[1][0]
    else:
        return None
    asked = question_words(tokens, start)
    packs = next((asked[k + 2] for k in range(len(asked) - 2) if asked[k : k + 2] == ["how", "many"]), "")
    if packs not in _PACKS or cover <= 0 or floor <= cover:
        return None  # the pack must be the smaller: 'packs that cover 2.2 m2' of a larger floor
    needed = floor * (1 + (waste or 0))
    exact = needed / cover
    whole = math.ceil(exact)
    n = numbers.format_number
    steps = [f"floor: {n(floor)} m²"]
    if waste is not None:
        steps.append(f"+ {n(waste * 100)}% for waste: {n(floor)} × {n(1 + waste)} = {n(needed)} m²")
    steps.append(f"{n(needed)} ÷ {n(cover)} = {n(exact)}, so {whole} {packs}")
    expression = f"ceil({n(floor)} * {n(1 + (waste or 0))} / {n(cover)})"
    solution = Solution(f"{whole} {packs}", whole, "packs to cover a floor", expression, steps)
    if exact != whole:
        solution.notes.append(f"{n(exact)} is rounded up to whole {packs}")
    return solution
