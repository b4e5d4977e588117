"""A margin on top of what a problem works out: 'Engine burns 2.8 gallons an hour and the passage is 9 hours. I want
20% extra as a reserve. How many gallons should I carry?' → 25.2 gallons + 20% = 30.24 gallons.

The margin is one clause of its own: a percentage said to be extra or a reserve ('I want 20% extra as a reserve',
'plus 10% for waste', 'add 15% spare', 'with a 10% safety margin'), made only of words of wanting or adding before
it and words naming the margin after it. The request is read again without the clause; when what is left accounts
for itself in full and its answer is an amount measured (a volume, a mass, a length, an area — not money, a
percentage, a rate or a count of whole things), the margin is added to it. Any other word in the clause, two
percentages, or a margin on an answer that is not such an amount declines the reading.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

Solve = Callable[[str], Solution]

_BEFORE = frozenset("i we i'd we'd want would like need add adding plus with and allow allowing keep a an".split())
_AFTER = frozenset(
    "extra more spare as a an for reserve safety margin buffer contingency waste wastage on top cuts cutting offcuts "
    "breakages breakage".split()
)
_NAMES = frozenset("extra spare reserve margin buffer contingency waste wastage".split())
"""At least one of these: the clause says the percentage is a margin, not a discount or a tax."""
_ENDS = frozenset({".", ",", "?", "!", ";", "end"})
_MAX_WORDS = 5
_MEASURED = frozenset({"length", "mass", "volume", "area", "energy"})


def with_margin(text: str, tokens: list[Token], solve: Solve) -> Solution | None:
    """The answer of the request without its margin clause, with the margin added; None when it has none."""
    percents = [k for k, t in enumerate(tokens) if t.text == "%" or t.word == "percent"]
    if len(percents) != 1 or percents[0] == 0 or tokens[percents[0] - 1].kind != "number":
        return None
    at = percents[0] - 1
    begin = at
    while begin > 0 and tokens[begin - 1].word in _BEFORE and at - begin < _MAX_WORDS:
        begin -= 1
    end = percents[0] + 1
    while tokens[end].word in _AFTER and end - at < _MAX_WORDS + 2:
        end += 1
    said = {t.word for t in tokens[begin:end]}
    if not said & _NAMES or tokens[end].text not in _ENDS and tokens[end].kind != "end":
        return None
    if _closing_if(tokens, begin, end):
        begin -= 1  # '... do I need if I add 10% for waste?': the margin as the question's last condition
    elif (
        begin > 0 and tokens[begin - 1].text not in _ENDS or tokens[begin - 1].text == "?" or tokens[end].kind == "end"
    ):
        return None  # a clause of its own, before the question: not '2.8 gallons at 20% extra', nor '...? plus 10%'

    rest = (
        text[: tokens[begin].start] + text[tokens[end].start :]
        if tokens[end].kind != "end"
        else text[: tokens[begin].start]
    )
    try:
        solution = solve(rest)
    except ToolInputError:
        return None
    return _added(solution, Fraction(tokens[at].value) / 100, " ".join(t.text for t in tokens[at:end]))


def _added(solution: Solution, margin: Fraction, said: str) -> Solution | None:
    """``solution``'s amount with the margin on top; None when its answer is not an amount of something."""
    value, unit = solution.result, solution.unit
    if value is None or unit is None or margin <= 0 or margin >= 1 or solution.values:
        return None
    measure = lookup(unit, short=False)
    measured = measure is not None and measure.per is None and measure.dimension in _MEASURED
    if not measured and not unit.startswith(("square ", "cubic ")):
        return None  # money, a percentage, a rate or a count (whole things): a margin on it is not this reading's
    total = (
        numbers.checked(Fraction(value) * (1 + margin))
        if isinstance(value, (int, Fraction))
        else value * (1 + float(margin))
    )
    shown = numbers.format_number(total)
    solution.steps.append(f"{numbers.format_number(value)} {unit} + {said} = {shown} {unit}")
    solution.notes.append(f"with {said} added on top")
    solution.answer, solution.result = f"{shown} {unit}", total
    solution.expression = f"({solution.expression}) * (1 + {numbers.format_number(margin)})"
    solution.problem = f"{solution.problem} with a margin"
    return solution


def _closing_if(tokens: list[Token], begin: int, end: int) -> bool:
    """'if I add 10% for waste?' closing the request: a condition that only puts a margin on what is asked."""
    if begin < 2 or tokens[begin - 1].word != "if" or tokens[begin].word not in ("i", "we"):
        return False
    return all(t.text in ("?", ".", "!") or t.kind == "end" for t in tokens[end:])
