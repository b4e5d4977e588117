"""An average weighted by credits: 'my module marks: 68 (20 credits), 72 (20 credits), 55 (40 credits), 81 (40
credits). whats my credit-weighted average' → 68.67.

Each mark is paired with the credits said right after it ('68 (20 credits)', '72 with 20 credits', '55 worth 40
credits'); the average is the sum of mark × credits over the sum of the credits. Every number must be a mark or
its credits, each mark must have its own, and the request must ask for a weighted or an overall average. A
percentage, a unit, or a mark left without credits declines the reading: it is never guessed what a number weighs.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_CREDITS = frozenset("credit cat ects unit point".split())
_ASKS = ("weighted average", "weighted mean", "credit-weighted", "weighted by credits", "overall average",
         "average weighted", "weighted mark", "weighted grade", "overall mark", "overall grade")  # fmt: skip
_JOINS = (
    ("(",),
    ("with",),
    ("worth",),
    ("for",),
    ("at",),
    (",",),
    ("-",),
    (
        "at",
        "(",
    ),
)
_SPOILERS = frozenset("need needed next remaining left more than less minus plus times total sum if".split())


def solve_credit_weighted(tokens: list[Token], start: int) -> Solution | None:
    """The average of marks weighted by their credits; None when the request is not that."""
    if not has_word(tokens, start, *_ASKS) or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = read_givens(tokens, start)
    if len(givens) < 4 or len(givens) % 2 or any(g.quantity.measure is not None or g.quantity.percent for g in givens):
        return None
    pairs = [(givens[k], givens[k + 1]) for k in range(0, len(givens), 2)]
    if not all(_credits(tokens, credit) and _joined(tokens, mark, credit) for mark, credit in pairs):
        return None
    if any(_credits(tokens, mark) for mark, _ in pairs):
        return None
    marks = [Fraction(m.quantity.value) for m, _ in pairs]
    weights = [Fraction(c.quantity.value) for _, c in pairs]
    if any(w <= 0 for w in weights):
        return None
    total = sum(weights, Fraction(0))
    weighted = sum((m * w for m, w in zip(marks, weights, strict=True)), Fraction(0))
    average = numbers.checked(weighted / total)
    terms = " + ".join(
        f"{numbers.format_number(m)} × {numbers.format_number(w)}" for m, w in zip(marks, weights, strict=True)
    )
    steps = [
        f"{terms} = {numbers.format_number(weighted)}",
        f"{numbers.format_number(weighted)} ÷ {numbers.format_number(total)} credits = "
        f"{numbers.format_number(average)}",
    ]
    solution = Solution(numbers.format_number(average), average, "weighted average", f"({terms}) / {total}", steps)
    solution.notes.append("each mark counts by its credits")
    return solution


def _credits(tokens: list[Token], given: Given) -> bool:
    """The number counts credits: '20 credits', '20-credit'."""
    return bool(given.noun) and singular(given.noun) in _CREDITS or singular(tokens[given.end - 1].word) in _CREDITS


def _joined(tokens: list[Token], mark: Given, credit: Given) -> bool:
    """The credits follow their mark in the same breath: '68 (20 credits)', '72 with 20 credits'."""
    between = tuple(t.word or t.text for t in tokens[mark.start + 1 : credit.start])  # a given may hold its 'with'
    return between in _JOINS
