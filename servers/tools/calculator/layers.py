"""A layer of a depth over a rectangle, bought in bags of a volume: 'raised bed is 3.6m x 1.2m and I want 5cm of
compost on top. compost comes in 40 litre bags. how many bags?' → 3.6 × 1.2 × 0.05 = 0.216 m³ = 216 litres, ÷ 40 =
5.4, so 6 bags.

Four numbers: the rectangle's two sides said together ('3.6m x 1.2m', '4 m by 0.5 m'), the layer's depth said as
one ('5cm of compost', 'a 7 cm layer', '30 cm deep'), and the volume of one bag, said with the bags the question
counts ('40 litre bags'). A part bag is a whole one more (``whole_packs``). Bags already had, part of the area, a
price or any other number declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, plural, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.whole_packs import how_many_at, names_pack, rounded_up

_SIDES_JOINED = frozenset({"x", "by", "*"})
_DEPTH_WORDS = frozenset("deep depth thick layer of".split())
_LAYER_SPOILERS = frozenset(
    "already left remaining except minus less half double twice per each plus extra spare cost costs price have "
    "has got".split()
)


def solve_layer(tokens: list[Token], start: int) -> Solution | None:
    """'raised bed is 3.6m x 1.2m and I want 5cm of compost on top. compost comes in 40 litre bags. how many bags?' →
    3.6 × 1.2 × 0.05 = 0.216 m³ = 216 litres, ÷ 40 = 5.4, so 6 bags: a layer of a depth over a rectangle, in bags of
    a volume, rounded up; None unless the request is exactly that."""
    at = how_many_at(tokens, start)
    givens = givens_or_none(tokens, start, 4)
    if at is None or givens is None or {t.word for t in tokens[start:]} & _LAYER_SPOILERS:
        return None
    pack_noun = singular(tokens[at].word)
    lengths = [g for g in givens if _plain_of(g, "length")]
    bags = [g for g in givens if _plain_of(g, "volume") and names_pack(g, pack_noun)]
    if len(lengths) != 3 or len(bags) != 1:
        return None
    first, second, depth = lengths
    joined = tokens[first.end : second.start]
    if len(joined) != 1 or joined[0].word not in _SIDES_JOINED and joined[0].text not in _SIDES_JOINED:
        return None  # the two sides said together, '3.6m x 1.2m'
    if not (depth.goods or _DEPTH_WORDS & {*depth.before[-1:], *depth.after[:1]}):
        return None  # '5cm of compost', '10 cm deep'
    cubic = Fraction(1)
    for g in lengths:
        m = g.quantity.measure
        assert m is not None
        cubic *= Fraction(g.quantity.value) * m.factor
    bag = bags[0].quantity
    assert bag.measure is not None
    one = Fraction(bag.value) * bag.measure.factor
    if cubic <= 0 or one <= 0:
        return None
    exact, whole = rounded_up(cubic, one)
    volume = Quantity(numbers.checked(cubic / bag.measure.factor), bag.measure)
    steps = [
        f"{' × '.join(show(g.quantity) for g in lengths)} = {numbers.format_number(cubic)} cubic meters "
        f"= {show(volume)}",
        f"{show(volume)} ÷ {show(bag)} = {numbers.format_number(exact)}",
    ]
    if whole != exact:
        steps.append(f"rounded up to {whole} whole {plural(pack_noun)}")
    named = pack_noun if whole == 1 else plural(pack_noun)
    solution = Solution(f"{whole} {named}", whole, "packs needed", f"ceil({numbers.format_number(exact)})", steps)
    solution.notes.append("a part bag is one more to buy")
    return solution


def _plain_of(g: Given, dimension: str) -> bool:
    m = g.quantity.measure
    return m is not None and m.dimension == dimension and m.per is None and not g.quantity.percent
