"""Marks from several tests added up into one percentage: "I got 18 out of 20 on the first quiz and 27 out of 30
on the second. What's my overall percentage?"

Every given is a mark with the most it could have been ('18 out of 20', '42/50'). The question asks for the
overall (total, combined) percentage: all the marks over all the maxima, 45/50 = 90%. A question about the
average of the percentages is a second reading when the maxima differ (the mean of 90% and 90% is the overall
one only when every test is out of the same); then, or with weights or a mark left over, the reading declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words, story_words
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "weight weighted weights worth counts count drop dropped lowest highest best worst bonus extra need needs next "
    "not except more less than each per would".split()
)
_WHOLE = ("overall", "total", "combined", "altogether", "in all", "all together", "across", "whole")


def solve_marks(tokens: list[Token], start: int) -> Solution | None:
    """The overall percentage of two or more marks out of their maxima; None when the request is not that."""
    asked = question_words(tokens, start)
    if not ({"percentage", "percent", "%"} & set(asked) or _percent_sign(tokens, start)):
        return None
    if story_words(tokens, start) & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    tally = [g for g in givens if g.noun and g.noun not in ("mark", "point")]
    givens = [g for g in givens if g not in tally]
    if len(givens) < 4 or len(givens) % 2:
        return None
    if len(tally) > 1 or any(g.quantity.measure is not None or 2 * g.quantity.value != len(givens) for g in tally):
        return None  # 'on the three tests' must count the marks given; any other count is not placed
    pairs: list[tuple[Fraction, Fraction]] = []
    for mark, most in zip(givens[::2], givens[1::2], strict=True):
        pair = _pair(tokens, mark, most)
        if pair is None:
            return None
        pairs.append(pair)
    same_maxima = len({most for _, most in pairs}) == 1
    average = "average" in asked or "mean" in asked
    if not any(has_phrase(asked, p) for p in _WHOLE) and not (average and same_maxima):
        return None  # 'what percentage' of which test, or the mean of percentages of tests out of different maxima
    if average and not same_maxima:
        return None
    got = sum((m for m, _ in pairs), Fraction(0))
    most = sum((t for _, t in pairs), Fraction(0))
    text = " + ".join(numbers.format_number(m) for m, _ in pairs)
    text += " out of " + " + ".join(numbers.format_number(t) for _, t in pairs)
    steps = [f"{text} = {numbers.format_number(got)} out of {numbers.format_number(most)}"]
    expression = f"({' + '.join(numbers.format_number(m) for m, _ in pairs)}) / "
    expression += f"({' + '.join(numbers.format_number(t) for _, t in pairs)}) × 100"
    solution = answer_for(
        Quantity(got / most, percent=True), "overall percentage", expression, steps, suffix=" overall"
    )
    solution.notes.append(
        "the overall percentage is every mark over every maximum, not the mean of the tests' percentages"
    )
    return solution


def _pair(tokens: list[Token], mark: Given, most: Given) -> tuple[Fraction, Fraction] | None:
    """'18 out of 20', '18 of 20', '18/20': a plain mark and its plain maximum, the mark no more than it."""
    for g in (mark, most):
        if g.quantity.measure is not None or g.quantity.percent or g.noun not in ("", "mark", "point"):
            return None
    between = [t.text.lower() for t in tokens[mark.end : most.start]]
    if between not in (["out", "of"], ["of"], ["/"]):
        return None
    got, top = Fraction(mark.quantity.value), Fraction(most.quantity.value)
    return (got, top) if 0 <= got <= top and top > 0 else None


def _percent_sign(tokens: list[Token], start: int) -> bool:
    return any(t.text == "%" for t in tokens[start:])
