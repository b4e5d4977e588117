"""Costs split half and half with one other party: "Venue £180, cake £45, entertainer £120. We're splitting it 50/50
with the twins' family. What do we each pay?" → (£180 + £45 + £120) ÷ 2 = £172.50.

The story lists amounts of money in one currency, then says the whole is split 50/50 (or half and half, or down
the middle) with one other party ('with the twins' family', 'with my sister'). The question asks what each side
pays or what our share is. Any other number, a split that is not even, an amount already paid, a tip, a discount
or anything taken off declines: the answer is only the half of the sum.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_SPLITS = frozenset("split splitting splits share sharing shared".split())
_SPOILERS = frozenset(
    "except plus minus tip tax vat deposit already paid paying not only discount off percent between among three "
    "four ways per refund back less more".split()
)
_ASKS = ("we each", "each pay", "our share", "my share", "do we pay", "do i pay", "each side", "each family")


def solve_halves(tokens: list[Token], start: int) -> Solution | None:
    """Half the sum of the amounts told; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _SPLITS & set(words) or set(words) & _SPOILERS or "with" not in words:
        return None
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, p) for p in _ASKS):
        return None
    span = _even_split(tokens, start)
    if span is None:
        return None
    try:
        givens = read_givens(tokens, start, span)
    except NotUnderstood:
        return None
    if len(givens) < 2 or any(not is_money(g.quantity.measure) or g.quantity.measure.per is not None for g in givens):
        return None
    if len({g.quantity.measure for g in givens}) != 1 or any(g.start >= span[0] for g in givens):
        return None  # every amount is told before the split
    measure = givens[0].quantity.measure
    total = sum((Fraction(g.quantity.value) for g in givens), Fraction(0))
    half = Quantity(numbers.checked(total / 2), measure)
    added = " + ".join(show(g.quantity, exact=True) for g in givens)
    steps = [f"{added} = {show(Quantity(total, measure), exact=True)}",
             f"{show(Quantity(total, measure), exact=True)} ÷ 2 = {show(half, exact=True)} each side"]  # fmt: skip
    solution = answer_for(half, "split half and half", f"({added}) / 2", steps, suffix=" each")
    solution.notes.append("split 50/50 between the two sides")
    return solution


def _even_split(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """Where '50/50', 'half and half' or 'down the middle' is said after a word of splitting: its token span."""
    for k in range(start + 1, len(tokens) - 3):
        if tokens[k - 1].word not in _SPLITS and tokens[k - 1].word != "it":
            continue
        here = tokens[k : k + 3]
        if here[0].kind == "number" and here[0].value == 50 and here[1].text == "/" and here[2].kind == "number":
            return (k, k + 3) if here[2].value == 50 else None
        if [t.word for t in here] in (["half", "and", "half"], ["down", "the", "middle"]):
            return k, k + 3
    return None
