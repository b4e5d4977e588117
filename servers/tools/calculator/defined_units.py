"""An amount in a unit of the user's own, with that unit defined beside it: 'I have 150 mesqal of saffron and 1
mesqal is 4.608 grams. How many grams is it?' → 691.2 grams; 'my land is 6 jerib, one jerib is 2,000 square
metres. how many hectares?' → 1.2 hectares.

The definition says one of the unit ('1 mesqal', 'one jerib', 'a tola') is so much of a unit the calculator knows
('is 4.608 grams', '= 11.66 g', 'weighs 1.27 kg'); the amount is the one other figure, said in the user's unit; the
question asks the known unit, or another of its kind ('how many hectares' of square metres). Any other figure, a
price, a percentage, or a unit the question does not ask declines the reading. The user's unit is never looked up:
its size is what the request says.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.area_units import area_unit, named
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

Unit = tuple[str, Fraction, str]
"""A known unit: its name, its size in its dimension's base unit, and the dimension ('gram', 1/1000, 'mass')."""

_IS = frozenset("is are = equals weighs makes was".split())
_ONE = frozenset("a an one".split())
_DIMENSIONS = frozenset({"mass", "length", "volume"})
PROBLEM = "conversion by a unit defined in the request"


def solve_defined_unit(tokens: list[Token], start: int) -> Solution | None:
    """The amount in the user's unit, in the known unit asked; None unless the request is exactly that."""
    if any(t.kind in ("currency", "clock", "date") or t.text == "%" for t in tokens[start:]):
        return None
    numbers_at = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    definition = _definition(tokens, start)
    if definition is None:
        return None
    own, one_at, factor_at, known = definition
    amounts = [k for k in numbers_at if k not in (one_at, factor_at)]
    if len(amounts) != 1 or singular(tokens[amounts[0] + 1].word) != own:
        return None
    asked = _asked(tokens, max(amounts[0], factor_at) + 1, known)
    if asked is None:
        return None
    amount, factor = Fraction(tokens[amounts[0]].value), Fraction(tokens[factor_at].value)
    if amount <= 0 or factor <= 0:
        return None
    value = Fraction(numbers.checked(amount * factor))
    result = Fraction(numbers.checked(value * known[1] / asked[1]))
    n = numbers.format_number
    steps = [
        f"{n(amount)} {own} × {n(factor)} {named(known[0], factor)} per {own} = {n(value)} {named(known[0], value)}"
    ]
    if asked[0] != known[0]:
        steps.append(f"{n(value)} {named(known[0], value)} = {n(result)} {named(asked[0], result)}")
    label = named(asked[0], result)
    solution = Solution(f"{n(result)} {label}", result, PROBLEM, f"{n(amount)} × {n(factor)}", steps, label)
    solution.notes.append(f"1 {own} = {n(factor)} {named(known[0], factor)}, as the request says")
    return solution


def _definition(tokens: list[Token], start: int) -> tuple[str, int | None, int, Unit] | None:
    """'1 mesqal is 4.608 grams', 'one jerib is 2,000 square metres': the user's unit, where its one and its factor
    are, and the known unit; None unless the request defines exactly one such unit."""
    found: list[tuple[str, int | None, int, Unit]] = []
    for k in range(start, len(tokens) - 4):
        one = tokens[k]
        is_one = one.kind == "number" and one.value == 1 or one.word in _ONE
        if not is_one or tokens[k + 1].kind != "word" or lookup(tokens[k + 1].word, short=True) is not None:
            continue
        j = k + 2
        if tokens[j].word not in _IS and tokens[j].text != "=":
            continue
        j += 1
        if tokens[j].kind != "number":
            continue
        unit = _known(tokens, j + 1)
        if unit is not None:
            found.append((singular(tokens[k + 1].word), k if one.kind == "number" else None, j, unit))
    return found[0] if len(found) == 1 else None


def _known(tokens: list[Token], i: int) -> Unit | None:
    """A known unit of mass, length, area or volume at ``i`` ('grams', 'kg', 'square metres', 'hectares')."""
    area = area_unit(tokens, i)
    if area is not None:
        return area[0], area[1], "area"
    unit = lookup(tokens[i].word, short=True) if tokens[i].kind == "word" else None
    if unit is None or unit.per is not None or unit.dimension not in _DIMENSIONS:
        return None
    return unit.name, Fraction(unit.factor), unit.dimension


def _asked(tokens: list[Token], after: int, known: Unit) -> Unit | None:
    """The unit the question asks, of the known unit's kind ('how many grams', 'in hectares'); None otherwise."""
    for k in range(after, len(tokens)):
        if tokens[k].word in ("many", "in", "much"):
            unit = _known(tokens, k + 1)
            if unit is not None:
                return unit if unit[2] == known[2] else None
    return None
