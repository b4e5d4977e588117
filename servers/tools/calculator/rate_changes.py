"""The change between two rates given as percentages: 'Our no-show rate went from 6% in March to 9% in April. By what
percent did it increase?' → (9% − 6%) ÷ 6% = 50%, a relative increase; the rate itself rose 3 percentage points.

A change in a percentage can be said two ways, and people mix them up: relative to the first rate (50%) or as the
difference of the two (3 percentage points). The request gives exactly two percentages, the first said as where
it was ('from 6%', 'was 6%') and the second where it went ('to 9%', 'now 9%'), and no other number. A question
asking 'by how many percentage points' (or 'points') gets the difference; one asking 'by what percent', 'what
percentage increase' or 'how much did it rise in percent' gets the relative change, and the answer says that it is
relative and gives the points too; 'by how many percent', said of rates as often of the points as of the relative
change, is asked again with both readings. A question that says neither ('how much did it go up?') gets both, the points
first. A first rate of 0% has no relative change and declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.readings import say_missing
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_CHANGE = frozenset(
    "increase increased increases rise rose risen raise raised grow grew grown go went gone up fall fell fallen drop "
    "dropped decrease decreased decreases change changed changes climb climbed jump jumped down declined decline "
    "improve improved improvement".split()
)
_RELATIVE = ("what percent", "what percentage", "what %", "percentage increase", "percentage decrease",
             "percentage change", "percent increase", "percent decrease", "percent change", "in percent",
             "in percentage terms", "how many percent", "relative")  # fmt: skip
_LOOSE = "how many percent"
"""Said of two rates, as often of the points between them as of the relative change: the request is asked again."""
_POINTS = ("percentage points", "percentage point", "points", "pp")
_FROM = frozenset("from was were".split())
_TO = frozenset("to now is".split())
_SPOILERS = frozenset("each per every average plus minus of off discount tax vat interest".split())
"""Words that make a percentage something other than a rate that changed ('20% of', '10% off', 'interest')."""


def solve_rate_change(tokens: list[Token], start: int) -> Solution | None:
    """The relative change and the points between two rates; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2 or not all(g.quantity.percent for g in givens):
        return None
    first, second = givens
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS:
        return None
    if not set(first.before[-1:]) & _FROM or not set(second.before[-1:]) & _TO:
        return None  # which rate came first is not said
    asked = question_words(tokens, start)
    if not set(asked) & _CHANGE and not has_phrase(asked, "percentage change"):
        return None
    old, new = Fraction(first.quantity.value), Fraction(second.quantity.value)
    if old <= 0 or old == new:
        return None
    points = (new - old) * 100
    relative = (new - old) / old * 100
    rising = "increase" if new > old else "decrease"
    p_text = f"{numbers.format_number(abs(points))} percentage point{'s' if abs(points) != 1 else ''}"
    r_text = f"{numbers.format_number(abs(numbers.round_half_up(relative, 2)))}%"
    old_text, new_text = f"{numbers.format_number(old * 100)}%", f"{numbers.format_number(new * 100)}%"
    steps = [
        f"{new_text} − {old_text} = {p_text}",
        f"{numbers.format_number(points)} ÷ {numbers.format_number(old * 100)} × 100 = {r_text} relative {rising}",
    ]
    difference = f"{numbers.format_number(new * 100)} - {numbers.format_number(old * 100)}"
    expression = f"({difference}) / {numbers.format_number(old * 100)} * 100"
    if any(has_phrase(asked, p) for p in _POINTS):
        return Solution(
            f"{p_text} ({'up' if new > old else 'down'})", points, "change in a rate", difference, steps[:1]
        )
    if has_phrase(asked, "how many percent") and not any(has_phrase(asked, p) for p in _RELATIVE if p != _LOOSE):
        say_missing(
            f"'how many percent' of a rate that went from {old_text} to {new_text} can mean {p_text} or a "
            f"{r_text} relative {rising}; ask for the change in percentage points, or for the relative change"
        )
        return None
    if any(has_phrase(asked, p) for p in _RELATIVE):
        solution = Solution(f"{r_text} {rising} (relative); the rate moved {p_text}", relative, "change in a rate",
                            expression, steps, unit="%")  # fmt: skip
        solution.notes.append(
            f"a relative change: {rising} of the first rate's value; the rates themselves differ by {p_text}"
        )
        return solution
    solution = Solution(f"{p_text} ({r_text} relative {rising})", points, "change in a rate", difference, steps)
    solution.values = {"percentage_points": points, "relative_percent": relative}
    return solution
