"""Every way of combining all the givens, each exactly once, with at most two of × ÷ + −, whose kind is the kind
asked: the reckoning's one search.

Kinds decide what may be done: anything may be multiplied or divided (its kind follows: £/jar × jars = £), but
only quantities of one kind are added or taken away, and a subtraction must not go below zero. The question's own
words narrow + and − (``Asked.adds``). The caller answers only when every combination of the asked kind comes to the
same value: two readings that disagree mean the request says too little to choose, and it is declined.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from itertools import permutations

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure
from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.calculator.reckoning.typed import Typed
from servers.tools.calculator.reckoning.working import shown

MOST = 3
"""At most three quantities: two operations are as far as a kind alone can tell which sum is meant."""


@dataclass(frozen=True, slots=True)
class Reckoning:
    """A value of a kind with the working that reached it, one step per operation."""

    value: Fraction
    kind: Kind
    text: str
    steps: tuple[str, ...]
    broken: bool = False  # a part of a counted thing on the way: how to round it is not said


def leaf(item: Typed, units: dict[str, Measure]) -> Reckoning:
    text = shown(item.value, item.kind, units)
    if item.percent_of is None:
        return Reckoning(item.value, item.kind, text, ())
    whole = shown(item.value / item.percent_of, item.kind, units) if item.percent_of else "0"
    share = numbers.format_number(item.percent_of * 100)
    return Reckoning(item.value, item.kind, text, (f"{share}% of {whole} = {text}",))


def reckonings(items: list[Typed], adds: frozenset[str], units: dict[str, Measure]) -> list[Reckoning]:
    """Every combination of all ``items`` (each once, at most two operations), of whatever kind."""
    leaves = [leaf(item, units) for item in items]
    if len(leaves) == 1:
        return leaves if items[0].percent_of is not None else []  # one given alone is no sum, unless 'x% of' it
    if len(leaves) > MOST:
        return []
    found: list[Reckoning] = []
    for order in permutations(leaves):
        if len(order) == 2:
            found.extend(_combined(order[0], order[1], adds, units))
            continue
        a, b, c = order
        for ab in _combined(a, b, adds, units):
            found.extend(_combined(ab, c, adds, units))
        for bc in _combined(b, c, adds, units):
            found.extend(_combined(a, bc, adds, units))
    return found


def _combined(x: Reckoning, y: Reckoning, adds: frozenset[str], units: dict[str, Measure]) -> Iterator[Reckoning]:
    if x.kind == y.kind:
        if "+" in adds:
            yield _step(x, y, "+", x.value + y.value, x.kind, units)
        if "-" in adds and x.value >= y.value:
            yield _step(x, y, "−", x.value - y.value, x.kind, units)
    yield _step(x, y, "×", x.value * y.value, kinds.times(x.kind, y.kind), units)
    if y.value != 0:
        yield _step(x, y, "÷", x.value / y.value, kinds.per(x.kind, y.kind), units)


def _step(x: Reckoning, y: Reckoning, sign: str, value: Fraction, kind: Kind, units: dict[str, Measure]) -> Reckoning:
    text = shown(value, kind, units)
    broken = x.broken or y.broken or _part_count(x) or _part_count(y)
    return Reckoning(value, kind, text, (*x.steps, *y.steps, f"{x.text} {sign} {y.text} = {text}"), broken)


def _part_count(r: Reckoning) -> bool:
    """7.5 boxes worked out on the way to a price: whole boxes or the part is a choice the request leaves open."""
    return bool(r.steps) and kinds.counted(r.kind) is not None and r.value.denominator != 1
