"""A recipe told as a list of what goes in and how much it makes, scaled to another yield: 'For ajvar I use 10 kg
roasted piperki, 1 kg eggplant and 0,5 litre sunflower oil, and that gives 14 jars. This year I want 63 jars. How
many kg piperki I need?' → 10 kg × 63 ÷ 14 = 45 kg.

The yield is a count said with a verb of making ('makes 5 cups', 'gives 14 jars', 'is enough for 4 masks',
'serves 6', 'for 8 people' leading the list); the new yield is the one other count of the same things ('I want 63
jars', 'we will be 28 people'). Every other figure is an amount of something that goes in, and the question names
exactly one of them by its words ('how many grams of saffron', 'how much sugar'); it is answered in the unit the
question asks, when that unit measures the same thing. Each amount is taken to scale with the yield, and the answer
says so. A price, a percentage, a figure of neither kind, or an ingredient the question does not single out
declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_MAKING = frozenset("makes make made gives give gave yields yield serves serve feeds feed enough".split())
_NAMELESS = frozenset(
    "how much many of the a an i we you do does need needs must should will would have to for in is are it that "
    "this my our she he they use uses add put".split()
)
_SPOILERS = frozenset("more extra spare left already less minus plus double twice half per each every".split())
_SERVED = frozenset({"volume", "mass"})
"""What a recipe's yield may be measured in when it is not counted: '5 cups', '2 litres' of soup."""
PROBLEM = "recipe scaled to a new yield"


def solve_ingredient_list(tokens: list[Token], start: int) -> Solution | None:
    """The amount of the one ingredient asked for, scaled from the recipe's yield to the new one; None otherwise."""
    if any(t.text == "%" or t.kind == "currency" or t.word in _SPOILERS for t in tokens[start:]):
        return None  # a price or a percentage, or more or less than the yield ('30 scones and 10 more')
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) < 3:
        return None
    made = [g for g in givens if _said_made(g, first=g is givens[0])]
    if len(made) != 1:
        return None
    old = made[0]
    again = [g for g in givens if g is not old and _kind(g) == _kind(old) and g.start > old.end]
    if len(again) != 1 or not _kind(old):
        return None
    new = again[0]
    if old.quantity.measure is not None and old.quantity.measure.dimension not in _SERVED:
        return None  # 'makes 5 km with one litre': a distance, no yield of a recipe
    ingredients = [g for g in givens if g is not old and g is not new]
    if any(g.quantity.measure is None and not g.noun or g.quantity.measure and is_money(g.quantity.measure)
           for g in ingredients):  # fmt: skip
        return None  # a bare figure or a price: not an amount to put in
    if any(g.start > new.start for g in ingredients):
        return None  # '30 scones and 10 muffins': told with the new yield, no part of the recipe
    asking = [k for k in range(start, len(tokens)) if tokens[k].word in ("how", "what")]
    if not asking:
        return None
    asked_at = asking[-1]  # 'For 18 masks how many cups of flour?': the question from its asking word on
    asked = {t.word for t in tokens[asked_at:] if t.kind == "word"} - _NAMELESS
    named = [g for g in ingredients if g.start < asked_at and _name(g) & asked]
    if len(named) != 1:
        return None
    amount = named[0].quantity
    factor = Fraction(new.quantity.value) / Fraction(old.quantity.value)
    if factor <= 0 or amount.value <= 0:
        return None
    scaled = Quantity(numbers.checked(Fraction(amount.value) * factor), amount.measure)
    unit = _unit_asked(tokens, asked_at)
    if unit is not None and amount.measure is not None and unit.dimension == amount.measure.dimension:
        scaled = Quantity(convert(scaled.value, amount.measure, unit), unit)
    elif unit is not None and (amount.measure is None or unit.name != amount.measure.name):
        return None  # 'how many cups' of an amount in grams: another measure
    n = numbers.format_number
    working = f"{show(amount)} × {n(new.quantity.value)} ÷ {n(old.quantity.value)}"
    solution = answer_for(scaled, PROBLEM, working, [f"{working} = {show(scaled)}"])
    yields = f"{n(old.quantity.value)} to {n(new.quantity.value)}"
    solution.notes.append(f"assuming every amount scales with what the recipe makes ({yields})")
    return solution


def _things(g: Given) -> str:
    """What a count counts, in the singular; people of any word are people."""
    noun = singular(g.noun) if g.noun else ""
    return "people" if noun in PEOPLE or g.noun in PEOPLE else noun


def _kind(g: Given) -> str:
    """What a yield is counted or measured in: the things counted ('jar', 'people') or the unit ('cup')."""
    return g.quantity.measure.name if g.quantity.measure is not None else _things(g)


def _said_made(g: Given, *, first: bool) -> bool:
    """'makes 5 cups', 'is enough for 4 masks', 'For 8 people she uses ...' (leading the request): the yield told."""
    before = g.before[-3:]
    return bool(set(before) & _MAKING) or first and before == ("for",)


def _name(g: Given) -> set[str]:
    """The words naming what an amount is of: '10 kg roasted piperki', '0.5 gram of saffron'."""
    words = [w for w in (*g.goods.lower().split(), *g.after[:3]) if w not in ("of", "and", "the")]
    return {w for w in words[:2] if w.isalpha()} | {singular(w) for w in words[:2] if w.isalpha()}


def _unit_asked(tokens: list[Token], at: int) -> Measure | None:
    """The unit the question asks the amount in ('how many grams', 'how much sugar in grams'), or None."""
    for token in tokens[at:]:
        if token.kind == "word":
            unit = lookup(token.word, short=True)
            if unit is not None and unit.dimension in ("mass", "volume"):
                return unit
    return None
