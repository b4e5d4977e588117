"""A new average when one more joins a group with a known average: 'My class of 25 averaged 72 on the test. A new
student joins and scores 98. What's the new class average?' → (25 × 72 + 98) ÷ 26 = 73.

The request gives the size of the group ('class of 25', '25 students'), its average ('averaged 72', 'an average of
72'), one more member's score ('a new student joins and scores 98', 'one more scores 98'), and asks the new average.
Any other number, or a word that takes one away or changes the scores ('leaves', 'drops', 'instead', 'weighted'),
declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_AVERAGED = frozenset({"averaged", "averages", "average", "mean"})
_JOINED = frozenset("new joins joined another extra more arrives".split())
_SCORED = frozenset("scores scored gets got scoring".split())
_SPOILERS = frozenset(
    "leaves left leave drops dropped removed remove instead weighted median mode except not without replaces "
    "replaced two three both each".split()
)


def solve_joined_average(tokens: list[Token], start: int) -> Solution | None:
    """The average after one more joins; None unless the request is exactly that."""
    window = request_window(tokens, start, 50)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:end]):
        return None
    counted = [k for k in range(start, end) if tokens[k].kind == "number"]
    if len(counted) != 3 or any(tokens[k].kind == "currency" for k in range(start, end)):
        return None
    _, mean_at, score_at = counted
    if not _before(tokens, start, mean_at) & _AVERAGED or not _before(tokens, start, score_at) & _SCORED:
        return None
    if not {t.word for t in tokens[mean_at:score_at]} & _JOINED:
        return None  # the one scored must be said to join the group
    words = {t.word for t in tokens[score_at:end]}
    if not ({"new"} <= words and words & _AVERAGED):
        return None  # the question asks the new average
    size, mean, score = (Fraction(tokens[k].value) for k in counted)
    if size <= 0 or size.denominator != 1:
        return None
    total = size * mean
    new = numbers.checked((total + score) / (size + 1))
    n, m, s = (numbers.format_number(v) for v in (size, mean, score))
    steps = [f"the group's total: {n} × {m} = {numbers.format_number(total)}",
             f"with one more: ({numbers.format_number(total)} + {s}) ÷ {numbers.format_number(size + 1)} = "
             f"{numbers.format_number(new)}"]  # fmt: skip
    solution = Solution(numbers.format_number(new), new, "new average", f"({n} * {m} + {s}) / ({n} + 1)", steps)
    solution.notes.append("the average of the whole group with the one who joined, each counted once")
    return solution


def _before(tokens: list[Token], start: int, at: int) -> set[str]:
    """The words just before the number at ``at``."""
    return {t.word for t in tokens[max(start, at - 3) : at]}
