"""An amount given for every so much money, scaled to an amount: 'Gift Aid adds 25p for every £1 donated. We had
£3,480 of eligible donations. How much Gift Aid do we claim?' → £3,480 × £0.25 / £1 = £870; 'my employer matches
£1 for every £2 I put in; I put in £300. How much do they add?' → £150.

The story gives exactly three amounts of one currency: a ratio of money to money said with 'for every', 'for
each', 'on every' or 'per' ('25p for every £1'), and the amount it applies to. The question asks how much that
comes to. A question about the total with the amount itself, what is left, a cap, a fee or a threshold declines:
the answer is only the amount scaled by the ratio.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "plus minus fee fees except only over above up cap capped maximum max minimum min tax vat more less extra "
    "double twice half not no total altogether left remaining after each split between first".split()
)


_FOR_EVERY = (("for", "every"), ("for", "each"), ("on", "every"), ("per",), ("to", "every"))


def money_for_money(givens: list[Given]) -> bool:
    """'25p for every £1', '£2 for every £10': an amount given for every so much money is a ratio of money to money,
    which scales an amount; never a line of a bill to add up."""
    for g, h in zip(givens, givens[1:], strict=False):
        if is_money(g.quantity.measure) and is_money(h.quantity.measure):
            if any(g.after[: len(p)] == p and h.start == g.end + len(p) for p in _FOR_EVERY):
                return True
    return False


def solve_money_ratio(tokens: list[Token], start: int) -> Solution | None:
    """The amount scaled by a ratio of money to money; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or not has_phrase(question_words(tokens, start), "how much"):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 3 or not money_for_money(givens):
        return None
    if any(not is_money(g.quantity.measure) or g.quantity.measure.per is not None for g in givens):
        return None
    if len({g.quantity.measure for g in givens}) != 1:
        return None
    pair = next(k for k in range(2) if money_for_money(givens[k : k + 2]))
    given, every = givens[pair], givens[pair + 1]
    amount = next(g for k, g in enumerate(givens) if k not in (pair, pair + 1))
    if every.quantity.value <= 0 or amount.quantity.value <= 0:
        return None
    ratio = Fraction(given.quantity.value) / Fraction(every.quantity.value)
    measure = amount.quantity.measure
    result = Quantity(numbers.checked(Fraction(amount.quantity.value) * ratio), measure)
    step = (
        f"{show(amount.quantity, exact=True)} × {show(given.quantity, exact=True)} ÷ "
        f"{show(every.quantity, exact=True)} = {show(result, exact=True)}"
    )
    expression = f"{show(amount.quantity)} * {show(given.quantity)} / {show(every.quantity)}"
    solution = answer_for(result, "money for every amount", expression, [step])
    solution.notes.append(f"{show(given.quantity)} for every {show(every.quantity)}, on {show(amount.quantity)}")
    return solution
