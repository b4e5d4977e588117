"""A weighted average: scores each worth a percentage of the whole, as a course grade is made of its parts.

``homework is 20% and I got 90, the midterm is 30% and I got 75, the final is 50% and I got 82`` is
0.2 × 90 + 0.3 × 75 + 0.5 × 82. Each score is paired with its weight by the order they are said in: one after
the other (weight, score, weight, score ... or score, weight, ...) or as two lists of the same length (``scores
90, 75 and 82 weighted 20%, 30% and 50%``). Every number must be a plain score or a percentage weight, the
weights must add up to exactly 100%, and the request must speak of weighing or of an overall grade; anything
else is left to be declined rather than paired by guess.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Quantity, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_WEIGHING = ("weighted", "weight", "weights", "worth", "counts for", "count for", "counts as", "overall grade",
             "final grade", "overall mark", "final mark", "overall score", "course grade", "my grade")  # fmt: skip
_SPOILERS = frozenset("need needed next remaining left more than less minus plus times total sum each".split())


def solve_weighted(tokens: list[Token], start: int) -> Solution | None:
    """The weighted average of scores with percentage weights that add up to 100%; None otherwise."""
    if not has_word(tokens, start, *_WEIGHING) or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if any(g.quantity.measure is not None for g in givens) or len(givens) < 4 or len(givens) % 2:
        return None
    if any(g.quantity.percent and g.after[:1] in (("of",), ("more",), ("less",), ("off",)) for g in givens):
        return None  # '20% of the class passed': a share of something, not a weight
    kinds = [g.quantity.percent for g in givens]
    half = len(givens) // 2
    grouped = False
    if all(kinds[k] != kinds[k + 1] for k in range(len(kinds) - 1)):
        pairs = [(givens[k], givens[k + 1]) for k in range(0, len(givens), 2)]
    elif _grouped(kinds, half) and has_word(tokens, start, "weighted", "weights", "weighting"):
        # two lists ('scores 90, 75 and 82 weighted 20%, 30% and 50%'): paired by place only when said weighted
        pairs = list(zip(givens[:half], givens[half:], strict=True))
        grouped = True
    else:
        return None
    if not grouped and any(_apart(tokens, a.end, b.start) for a, b in pairs):
        return None  # a weight and a score in different sentences are not paired by their order
    weighed = [(a, b) if a.quantity.percent else (b, a) for a, b in pairs]
    weights = [Fraction(w.quantity.value) for w, _ in weighed]
    if sum(weights) != 1 or any(w <= 0 for w in weights):
        return None  # weights that are not the whole: a part is missing, or the numbers are not weights
    scores = [Fraction(s.quantity.value) for _, s in weighed]
    total = numbers.checked(sum((w * s for w, s in zip(weights, scores, strict=True)), Fraction(0)))
    terms = [
        f"{show(Quantity(w, percent=True))} × {numbers.format_number(s)}" for w, s in zip(weights, scores, strict=True)
    ]
    products = [numbers.format_number(w * s) for w, s in zip(weights, scores, strict=True)]
    steps = [
        " + ".join(terms) + " = " + " + ".join(products),
        " + ".join(products) + f" = {numbers.format_number(total)}",
    ]
    expression = " + ".join(
        f"{numbers.format_number(w)} * {numbers.format_number(s)}" for w, s in zip(weights, scores, strict=True)
    )
    solution = Solution(numbers.format_number(total), total, "weighted average", expression, steps)
    solution.notes.append("each score counts by its weight; the weights add up to 100%")
    return solution


def _grouped(kinds: list[bool], half: int) -> bool:
    return len(set(kinds[:half])) == 1 and len(set(kinds[half:])) == 1 and kinds[0] != kinds[-1]


def _apart(tokens: list[Token], end: int, start: int) -> bool:
    return any(t.text in (".", "?", "!", ";") for t in tokens[end:start])
