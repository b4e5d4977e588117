"""A price per one thing per another as one line of a purchase story: '4 nights at £95 a night, breakfast £10 per
person per night for 2 people. Total?' → 4 × £95 + £10 × 2 people × 4 nights = £460.

The price said per one thing per another ('£10 per person per night', '$15 per car per day') is paid for every one
of the first on every one of the second, so it takes the one count of each the story gives ('2 people', '4 nights').
A count may also serve the story's other lines ('4 nights at £95 a night'); one that serves only the price is its
alone. The rest of the story is read as ``purchases`` reads one, every number with its role; the question must ask
the amount paid. No count of one of the two things, two of them, or a rest that does not read in full declines.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

from servers.tools.calculator import numbers
from servers.tools.calculator.double_rates import double_rate
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.purchases import purchase_total
from servers.tools.calculator.quantities import Quantity, currency, is_money, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_ONES = {"people": "person", "children": "child", "men": "man", "women": "woman", "heads": "person"}
_ANYONE = frozenset("man head".split())
"""'£180 per man per day', '£12 a head': per person, whoever they are ('3 of us' counts people)."""


def _one(thing: str) -> str:
    return "person" if thing in _ANYONE or thing in ("men", "women", "woman") else thing


_ASKS_PAID = frozenset("total pay paid cost costs much owe spend spent bill".split())
_NOT_ASKED = frozenset("each per left change save saving saved back".split())


def solve_double_rate_line(tokens: list[Token], start: int) -> Solution | None:
    """The amount paid for a purchase story with one price per one thing per another; None when it is not one."""
    rated = double_rate(tokens, start)
    givens = givens_or_none(tokens, start)
    if rated is None or givens is None:
        return None
    each, first, second = rated[0], _one(rated[1]), _one(rated[2])
    said = rated[3]
    asked = set(question_words(tokens, start))
    if not asked & _ASKS_PAID or asked & _NOT_ASKED:
        return None
    priced = [g for g in givens if g.start in said]
    counts = [[g for g in givens if _counts(g) == thing] for thing in (first, second)]
    if len(priced) != 1 or not is_money(priced[0].quantity.measure) or any(len(c) != 1 for c in counts):
        return None
    counted = [c[0] for c in counts]
    rest = [g for g in givens if g is not priced[0]]
    readings: list[Solution] = []
    for width in range(3):  # the counts that serve the price alone are left out of the rest of the story
        for alone in combinations(counted, width):
            paid = purchase_total(tokens, start, [g for g in rest if g not in alone], frozenset())
            if paid is not None and paid.result is not None:
                readings.append(paid)
    if len({Fraction(r.result or 0) for r in readings}) != 1 or not readings[0].unit:
        return None
    paid = readings[0]
    money = currency(paid.unit or "")
    n1, n2 = (Fraction(g.quantity.value) for g in counted)
    line = numbers.checked(each * n1 * n2)
    total = Fraction(paid.result or 0) + line
    price = show(Quantity(each, money), exact=True)
    said_counts = f"{numbers.format_number(n1)} {_label(first, n1)} × {numbers.format_number(n2)} {_label(second, n2)}"
    steps = [
        *paid.steps,
        f"{price} per {first} per {second}: {price} × {said_counts} = {show(Quantity(line, money))}",
        f"{show(Quantity(Fraction(paid.result or 0), money))} + {show(Quantity(line, money))} = "
        f"{show(Quantity(total, money))}",
    ]
    expression = f"{paid.expression} + {price} × {numbers.format_number(n1)} × {numbers.format_number(n2)}"
    solution = answer_for(Quantity(total, money), "purchase total", expression, steps, suffix=" in total")
    solution.notes.append(f"the price per {first} per {second} is paid for every {first} on every {second}")
    return solution


def _counts(g: Given) -> str:
    """What a count counts, in the singular ('2 people' → person, '5 days' → day); '' for any other amount."""
    q, m = g.quantity, g.quantity.measure
    if q.percent or q.value <= 0 or Fraction(q.value).denominator != 1:
        return ""
    if m is not None:  # a whole number of days or weeks counts them
        return m.name if m.dimension == "time" and m.per is None else ""
    return _one(_ONES.get(g.noun, singular(g.noun))) if g.noun else ""


def _label(thing: str, count: Fraction) -> str:
    return thing if count == 1 else {v: k for k, v in _ONES.items()}.get(thing, thing + "s")
