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

MOST = 4
"""At most four quantities: three operations, as in two lines of a bill ('7 grooms at $65 and 11 trims at $15'),
are as far as a kind alone can tell which sum is meant."""


@dataclass(frozen=True, slots=True)
class Reckoning:
    """A value of a kind with the working that reached it, one step per operation."""

    value: Fraction
    kind: Kind
    text: str
    steps: tuple[str, ...]
    broken: bool = False  # a part of a counted thing on the way: how to round it is not said
    first: int = 0  # where its first given is said: what is taken away is said after what it is taken from
    said: tuple[int, ...] = ()  # where each of its givens is said
    doubtful: bool = False  # a sum the words make doubtful: the request is declined if it has the asked kind
    takings: int = 0  # how many subtractions it makes
    loose: bool = False  # a sum outside what is taken away: '(£20 + £3) − £7', '(£20 − £7) + £3'
    joins: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...] = ()  # each + and − with where its sides are said

    @property
    def kept(self) -> bool:
        """One amount less what is taken from it, summed if need be: '£20 − (£3.45 + £7.99)', '(£60 − £34) × 87'."""
        return self.takings == 1 and not self.loose


def leaf(item: Typed, units: dict[str, Measure]) -> Reckoning:
    text = shown(item.value, item.kind, units)
    if item.parts:
        made = " × ".join(shown(part.value, part.kind, units) for part in item.parts)
        return Reckoning(item.value, item.kind, text, (f"{made} = {text}",), first=item.start, said=(item.start,))
    if item.percent_of is None:
        return Reckoning(item.value, item.kind, text, (), first=item.start, said=(item.start,))
    whole = shown(item.value / item.percent_of, item.kind, units) if item.percent_of else "0"
    share = numbers.format_number(item.percent_of * 100)
    steps = (f"{share}% of {whole} = {text}",)
    return Reckoning(item.value, item.kind, text, steps, first=item.start, said=(item.start,))


@dataclass(frozen=True, slots=True)
class Allowed:
    """What the request's words allow of + and −: ``adds`` the signs the question names (or both); ``backwards``
    whether what is said later may be taken from what is said earlier ('I've saved £340 and the bike is £500, how
    much more?'); ``joined`` the givens said together ('paid £2,600 and £3,150'), which are not taken from each
    other. A sum these make doubtful is kept, marked, so that the request it fits is declined rather than
    answered by the other readings alone."""

    adds: frozenset[str]
    backwards: bool = False
    joined: frozenset[frozenset[int]] = frozenset()
    kept: bool = False  # what is kept is asked: the costs said together are summed, then taken away


def reckonings(items: list[Typed], allowed: Allowed, units: dict[str, Measure]) -> list[Reckoning]:
    """Every combination of all ``items`` (each once, at most two operations), of whatever kind."""
    leaves = [leaf(item, units) for item in items]
    if len(leaves) == 1:
        one = items[0].percent_of is not None or items[0].parts  # 'x% of' it, or '7.5 hours at £48 an hour'
        return leaves if one else []  # one given alone is no sum
    if len(leaves) > MOST:
        return []
    found: list[Reckoning] = []
    for order in permutations(leaves):
        found.extend(_trees(order, allowed, units))
    return found


def _trees(order: tuple[Reckoning, ...], allowed: Allowed, units: dict[str, Measure]) -> Iterator[Reckoning]:
    """Every way of combining ``order`` as said, two neighbours at a time: each split into a left and a right part."""
    if len(order) == 1:
        yield order[0]
        return
    for cut in range(1, len(order)):
        for left in _trees(order[:cut], allowed, units):
            for right in _trees(order[cut:], allowed, units):
                yield from _combined(left, right, allowed, units)


def _combined(x: Reckoning, y: Reckoning, allowed: Allowed, units: dict[str, Measure]) -> Iterator[Reckoning]:
    if x.kind == y.kind:
        together = any(frozenset((a, b)) in allowed.joined for a in x.said for b in y.said)
        if allowed.kept:
            yield _step(x, y, "+", x.value + y.value, x.kind, units)
            if x.value >= y.value:
                yield _step(x, y, "−", x.value - y.value, x.kind, units, together)
            return
        if together and x.steps and y.steps and "+" in allowed.adds:
            yield _step(x, y, "+", x.value + y.value, x.kind, units)  # two lines of one bill, said together
            return
        if "+" in allowed.adds:  # two said together are added only when the question asks for the total
            yield _step(x, y, "+", x.value + y.value, x.kind, units, together and "-" in allowed.adds)
        if "-" in allowed.adds and x.value >= y.value:
            yield _step(x, y, "−", x.value - y.value, x.kind, units, together or not _in_order(x, y, allowed))
    yield _step(x, y, "×", x.value * y.value, kinds.times(x.kind, y.kind), units)
    if y.value != 0:
        yield _step(x, y, "÷", x.value / y.value, kinds.per(x.kind, y.kind), units)


def _in_order(x: Reckoning, y: Reckoning, allowed: Allowed) -> bool:
    """Whether ``y`` is taken from what was said before it (or the question asks how much more is needed)."""
    return x.first < y.first or allowed.backwards


def _step(x: Reckoning, y: Reckoning, sign: str, value: Fraction, kind: Kind, units: dict[str, Measure],
          doubt: bool = False) -> Reckoning:  # fmt: skip
    text = shown(value, kind, units)
    broken = x.broken or y.broken or _part_count(x) or _part_count(y)
    steps = (*x.steps, *y.steps, f"{x.text} {sign} {y.text} = {text}")
    doubtful = doubt or x.doubtful or y.doubtful
    takings = x.takings + y.takings + (sign == "−")
    loose = x.loose or y.loose or sign == "−" and _sums(x) or sign == "+" and x.takings + y.takings > 0
    first, said = min(x.first, y.first), x.said + y.said
    joins = x.joins + y.joins + (((sign, x.said, y.said),) if sign in "+−" else ())
    return Reckoning(value, kind, text, steps, broken, first, said, doubtful, takings, loose, joins)


def _sums(r: Reckoning) -> bool:
    return any(" + " in step for step in r.steps)


def _part_count(r: Reckoning) -> bool:
    """7.5 boxes worked out on the way to a price: whole boxes or the part is a choice the request leaves open."""
    return bool(r.steps) and kinds.counted(r.kind) is not None and r.value.denominator != 1
