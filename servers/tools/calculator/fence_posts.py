"""Posts along a straight run: 'a fence 24 metres long with a post every 2.4 metres, and a post at both ends. How
many posts?' → 24 m ÷ 2.4 m = 10 gaps, + 1 = 11 posts.

The request gives exactly two lengths: the run ('a fence 24 metres long', 'a 30 m hedge') and the spacing, said as
one every so far ('a post every 2.4 m', 'spaced 3 m apart', 'at 2 m intervals'). It asks how many of the things
('how many posts', 'how many trees do I need'). A straight run with a post at each end has one post more than it
has gaps — the answer says that convention; a run that is not a whole number of gaps needs one more gap, so the
count is rounded up. A run that closes on itself ('around the garden', 'a square paddock', 'perimeter') has as
many posts as gaps, and a request that says there is no post at an end, or gives any other number, declines here.
Things set along both sides of the run ('on both sides of a 200 m street', 'on each side', 'either side') are twice
as many: a row on each side.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil

from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_THINGS = frozenset(
    "posts post poles pole stakes stake pickets picket trees tree plants plant bushes bush shrubs shrub lamps lamp "
    "lights light lampposts lamppost markers marker cones cone flags flag pillars pillar columns column benches bench "
    "bins bin bollards bollard".split()
)
_EVERY = frozenset({"every", "each"})
_APART = frozenset({"apart", "intervals", "interval", "spacing", "gaps", "gap"})
_CLOSED = frozenset(
    "around round perimeter enclosure enclose enclosed circle circular square rectangle rectangular loop paddock "
    "surround surrounding closed".split()
)
_SPOILERS = frozenset("no not without except minus plus extra spare more less twice double half gate".split())


def solve_fence_posts(tokens: list[Token], start: int) -> Solution | None:
    """The count of posts along a straight run at a spacing; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if (_CLOSED | _SPOILERS) & set(words):
        return None
    thing = _asked_thing(words)
    if thing is None:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    givens = [g for g in givens if not _one_of_them(tokens, g)]  # 'one plant every 50 cm', 'one at each end'
    if len(givens) != 2 or not all(_length(g) for g in givens):
        return None
    spacing = [g for g in givens if _spacing(tokens, g)]
    if len(spacing) != 1:
        return None
    run = next(g for g in givens if g is not spacing[0])
    assert run.quantity.measure is not None and spacing[0].quantity.measure is not None
    length = Fraction(run.quantity.value) * run.quantity.measure.factor
    gap = Fraction(spacing[0].quantity.value) * spacing[0].quantity.measure.factor
    if gap <= 0 or length <= 0 or length / gap > 100_000:
        return None
    gaps = ceil(length / gap)
    count = Quantity(Fraction(gaps + 1))
    steps = [f"{show(run.quantity, exact=True)} ÷ {show(spacing[0].quantity, exact=True)} = {_shown(length / gap)}"]
    if gaps != length / gap:
        steps.append(f"rounded up to {gaps} gaps: the last one is shorter")
    steps.append(f"{gaps} gaps + 1 = {gaps + 1} {thing}")
    expression = f"{gaps} + 1"
    if _both_sides(words):  # a row on each side of the street
        count = Quantity(Fraction(2 * (gaps + 1)))
        steps.append(f"on both sides: 2 × {gaps + 1} = {2 * (gaps + 1)} {thing}")
        expression = f"2 × ({gaps} + 1)"
    solution = answer_for(count, "posts along a run", expression, steps, suffix=f" {thing}")
    solution.notes.append(f"a straight run with one at each end has one more {_singular(thing)} than gaps")
    spans = _spans_asked(words)
    if spans is not None:  # 'how many posts and how many panels': a panel fills each gap
        filled = int(count.value) - (2 if _both_sides(words) else 1)
        steps.append(f"a {spans[:-1]} in each gap: {filled} {spans}")
        solution.answer += f" and {filled} {spans}"
        solution.values = {thing: int(count.value), spans: filled}
    return solution


_SPANS = frozenset("panels sections gaps spaces bays".split())


def _spans_asked(words: list[str]) -> str | None:
    """'how many posts and how many panels', 'how many posts and panels': the gaps between them, asked too."""
    for k in range(len(words) - 1):
        if words[k] == "and" and words[k + 1] in _SPANS:
            return words[k + 1]
        if words[k : k + 3] == ["and", "how", "many"] and k + 3 < len(words) and words[k + 3] in _SPANS:
            return words[k + 3]
    return None


def _asked_thing(words: list[str]) -> str | None:
    """'how many posts', 'how many lamp posts': the plural thing the question counts, one of the things set along a
    run."""
    for k in range(len(words) - 2):
        if words[k] == "how" and words[k + 1] == "many" and words[k + 2] in _THINGS:
            compound = k + 3 < len(words) and words[k + 3] in _THINGS  # 'lamp posts', 'street lights'
            thing = f"{words[k + 2]} {words[k + 3]}" if compound else words[k + 2]
            return thing if thing.endswith("s") else None
    return None


def _both_sides(words: list[str]) -> bool:
    """'on both sides', 'each side', 'either side': a row along each side of the run."""
    return any(
        words[k] in ("both", "each", "either") and words[k + 1] in ("sides", "side") for k in range(len(words) - 1)
    )


def _one_of_them(tokens: list[Token], given: Given) -> bool:
    q = given.quantity
    return tokens[given.start].text.lower() == "one" and q.measure is None and not q.percent and q.value == 1


def _length(given: Given) -> bool:
    measure = given.quantity.measure
    return measure is not None and measure.dimension == "length" and measure.per is None


def _spacing(tokens: list[Token], given: Given) -> bool:
    """'every 2.4 metres', '3 m apart', 'at 2 m intervals', 'spaced 2 m': the length between one and the next."""
    before = tokens[given.start - 1].word if given.start > 0 else ""
    after = tokens[given.end].word
    return before in _EVERY or before == "spaced" or after in _APART


def _singular(thing: str) -> str:
    return thing[:-2] if thing.endswith(("shes", "ches")) else thing[:-1]


def _shown(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.4g}"
