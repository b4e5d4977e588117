"""How far a wheel rolls in a number of turns, from its diameter or radius: 'our robot wheels are 6 inch diameter.
how far does it roll in 10 full rotations?' → 10 × π × 6 in = 188.5 inches.

One length said as the wheel's diameter or radius (the word within a few words of it, either side), and one count
of turns ('10 rotations', '25 full revolutions'); the question asks how far, what distance, or how many of a length
unit, and may name the unit ('in inches', 'in metres'), else the answer is in the unit of the diameter. Any other
number, both a diameter and a radius, or a word that changes the sum (slipping, a second wheel's size, 'each',
'per', 'more') declines the reading.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_TURNS = frozenset("revolutions revolution turns turn rotations rotation revs spins".split())
_SIZES = {"diameter": 1, "across": 1, "radius": 2}  # the circumference is π times this length times the factor
_WHOLE = frozenset("full complete whole".split())
_SPOILERS = frozenset(
    "circumference around each every per more less extra plus minus twice double half slip slips slipping "
    "speed rpm minute minutes second seconds hour hours time long area"
    " both".split()
)
_NEAR = 4  # words between a length and the word that says it is the diameter


def solve_rolled_distance(tokens: list[Token], start: int) -> Solution | None:
    """The distance ``turns × π × diameter``; None when the request is not exactly that."""
    length: tuple[Fraction, Measure, int] | None = None
    turns: Fraction | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number":
            unit = _length(tokens[i + 1])
            k = i + 1
            while tokens[k].word in _WHOLE:
                k += 1
            if unit is not None and length is None:
                length, i = (Fraction(token.value), unit, i), i + 2
                continue
            if tokens[k].word in _TURNS and turns is None:
                turns, i = Fraction(token.value), k + 1
                continue
            return None
        if token.kind in ("clock", "date", "ordinal", "currency") or token.text in ("%", "/", "×", "*"):
            return None
        i += 1
    if length is None or turns is None or turns <= 0 or length[0] <= 0:
        return None
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    sizes = {w for w in words if w in _SIZES}
    if len(sizes) != 1 or set(words) & _SPOILERS or not _sized_near(tokens, length[2], sizes):
        return None
    first = next((k for k, w in enumerate(words) if w in ("how", "what")), None)
    target = None if first is None else _asked(words[first:], length[1])
    if target is None:
        return None
    size = next(iter(sizes))
    value, unit = length[0], length[1]
    distance = turns * _SIZES[size] * value  # × π below, in the diameter's unit
    exact = float(distance) * math.pi
    shown_value = numbers.checked(Fraction(convert(Fraction(exact), unit, target)))
    quantity = Quantity(shown_value, target)
    twice = "2 × " if _SIZES[size] == 2 else ""
    expression = f"{numbers.format_number(turns)} × {twice}π × {numbers.format_number(value)}"
    steps = [f"{expression} = {show(quantity, exact=True)}"]
    rounded = Quantity(numbers.round_half_up(shown_value, 2), target)
    solution = Solution(show(rounded), shown_value, "distance rolled", expression, steps, target.label(shown_value))
    solution.exact = numbers.format_number(shown_value)
    solution.notes = ["each turn rolls the wheel's circumference: π × its diameter (2 × its radius)"]
    return solution


def _length(token: Token) -> Measure | None:
    if token.kind != "word":
        return None
    measure = lookup(token.word)
    return measure if measure is not None and measure.dimension == "length" and measure.per is None else None


def _sized_near(tokens: list[Token], at: int, sizes: set[str]) -> bool:
    """'6 inch diameter', 'a diameter of 60 cm', 'radius is 30 cm': the size word is near the length."""
    near = tokens[max(0, at - _NEAR) : at + 2 + _NEAR]
    return any(t.word in sizes for t in near)


def _asked(asked: list[str], given: Measure) -> Measure | None:
    """The unit asked: 'how far ... in inches', 'how many metres', or the diameter's own; None when no distance
    is asked."""
    far = any(asked[k : k + 2] in (["how", "far"], ["what", "distance"]) for k in range(len(asked) - 1))
    many = next((lookup(asked[k + 2]) for k in range(len(asked) - 2) if asked[k : k + 2] == ["how", "many"]), None)
    named = next((m for k in range(len(asked) - 1) if asked[k] == "in" and (m := lookup(asked[k + 1]))), None)
    if many is not None and many.dimension == "length":
        far, named = True, named or many
    if not far:
        return None
    if named is not None and (named.dimension != "length" or named.per is not None):
        return None
    return named or given
