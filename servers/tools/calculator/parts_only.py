"""A discount on the parts of a quote but not its labour: 'Bike shop quote: new chain £38.99, cassette £64.50 and £25
labour. I get 10% off parts only, not labour. What's the total?' → (£38.99 + £64.50) × 90% + £25 = £118.14.

Every amount of money is a line of the quote; the labour (or fitting, installation, delivery) lines are named by
the word beside their amount. There is one percentage, said to be off, and the request says it is for the parts
alone ('parts only', 'not labour', 'except labour', 'excluding the fitting'). The question asks the total. Any other
number, a second percentage, a price per something, a tax or a tip leaves the request to other readers.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_SERVICES = frozenset("labour labor fitting installation install delivery postage shipping callout call-out".split())
_PARTS = frozenset("parts part materials goods items products".split())
_NOT = frozenset("not except excluding excl exclude excludes but".split())
_OFF = frozenset({"off", "discount"})
_TOTAL = ("total", "pay", "owe", "come to", "comes to", "bill", "all in")
_SPOILERS = frozenset(
    "tax vat tip tips each per deposit plus minus every paid left change share split both difference save saving "
    "instead was were original before".split()
)


def solve_parts_only(tokens: list[Token], start: int) -> Solution | None:
    """The total of a quote with a percentage off its parts and none off its labour; None when it is not that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or not words & _SERVICES or not _parts_alone(tokens, start):
        return None
    if not has_word(tokens, start, *_TOTAL):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    percents = [g for g in givens if g.quantity.percent]
    lines = [g for g in givens if not g.quantity.percent]
    if len(percents) != 1 or not _off(percents[0]) or len(lines) < 2:
        return None
    if any(not is_money(g.quantity.measure) or g.quantity.measure.per is not None for g in lines):
        return None
    if len({g.quantity.measure.name for g in lines if g.quantity.measure}) != 1:
        return None
    services = [g for g in lines if _service(g)]
    parts = [g for g in lines if not _service(g)]
    if not services or not parts:
        return None
    measure = lines[0].quantity.measure
    rate = Fraction(percents[0].quantity.value)
    if not 0 < rate < 1:
        return None
    parts_sum = sum((Fraction(g.quantity.value) for g in parts), Fraction(0))
    service_sum = sum((Fraction(g.quantity.value) for g in services), Fraction(0))
    cut = numbers.checked(parts_sum * rate)
    total = numbers.checked(parts_sum - cut + service_sum)

    def money(value: numbers.Real) -> str:
        return show(Quantity(value, measure), exact=True)

    parts_text = " + ".join(money(Fraction(g.quantity.value)) for g in parts)
    steps = [
        f"parts: {parts_text} = {money(parts_sum)}",
        f"{show(percents[0].quantity)} off the parts: {money(parts_sum)} − {money(cut)} = {money(parts_sum - cut)}",
        f"{money(parts_sum - cut)} + {money(service_sum)} not discounted = {money(total)}",
    ]
    expression = f"({parts_text}) * (1 - {show(percents[0].quantity)}) + {money(service_sum)}"
    solution = answer_for(Quantity(total, measure), "discount on parts only", expression, steps, suffix=" in total")
    solution.notes.append("the percentage is taken off the parts alone; the labour is paid in full")
    return solution


def _parts_alone(tokens: list[Token], start: int) -> bool:
    """'parts only', 'only on parts', 'not labour', 'except the fitting': the discount is said to leave labour out."""
    for k in range(start, len(tokens) - 2):
        word, after = tokens[k].word, tokens[k + 1].word
        if word in _PARTS and after == "only" or word == "only" and _PARTS & {after, tokens[k + 2].word}:
            return True
        if word in _NOT and _SERVICES & {after, tokens[k + 2].word}:
            return True
    return False


def _service(given: Given) -> bool:
    return bool(_SERVICES & set(given.after[:1] + given.before[-1:]))


def _off(given: Given) -> bool:
    return bool(_OFF & set(given.after[:1]))
