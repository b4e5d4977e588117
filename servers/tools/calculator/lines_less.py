"""Priced lines, then an amount paid against them or taken off them: 'Madam collected 14 wrappers at ₦9,500 each and
6 scarves at ₦4,200 each. She has paid ₦100,000 already, how much is remaining for her to pay?' → ₦158,200 −
₦100,000 = ₦58,200; 'Sold 4 steers at $185 each and 3 heifers at $142. Minus $25 for the truck. What do I take
home?' → $1,166 − $25 = $1,141.

The lines are what the rest of the calculator already totals (the request up to the deduction, asked for its total);
the deduction is one amount of the same money, said after a word of paying ('paid', 'gave', 'deposit') or of
taking off ('minus', 'less', 'take off', 'deduct'), with at most a few words of what for ('for the truck', 'already',
'so far'); the question asks what is left ('remaining', 'still owe', 'left to pay', 'balance', 'take home', 'left',
'keep'). Anything else after the lines — a second deduction, a percentage, a rate — leaves the request to the other
readers, and an amount taken off that is more than the lines declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, currency, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import tokenize
from servers.tools.inputs import ToolInputError

_CUT = re.compile(
    r"(?:[.,;]\s+|\s+)(?P<cut>(?:(?:she|he|they|i|we|you)\s+)?(?:(?:has|have|had)\s+)?(?:already\s+)?"
    r"(?:paid|gave|deposited|minus|less|take\s+off|taking\s+off|deduct|deducting))\s+",
    re.IGNORECASE,
)
_AMOUNT_AND_REST = re.compile(
    r"^(?P<amount>\S+(?:\s\d{3})*)\s*(?P<what>(?:already|so\s+far|up\s+front|in\s+advance|(?:for|on)\s+(?:[^\W\d_]|[\s'-]){1,40}?)"
    r"(?:\s+already)?)?\s*(?:[.,;]\s*|\s*$)(?P<question>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEFT_ASKED = re.compile(
    r"\b(?:remaining|remains|still\s+owe[sd]?|still\s+owing|owe[sd]?|left\s+to\s+pay|balance|outstanding|to\s+pay|"
    r"take\s+home|left|keep|net)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(r"^\s*(?:and\s+)?(?:how\s+much|what)\b", re.IGNORECASE)
_LIMIT = 400


def solve_lines_less(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """What is left of priced lines once one amount is paid against them or taken off; None when the request is
    not that."""
    if len(text) > _LIMIT or "%" in text:
        return None
    cut = _CUT.search(text)
    if cut is None:
        return None
    lines, after = text[: cut.start()].strip(), text[cut.end() :]
    told = _AMOUNT_AND_REST.match(after)
    if told is None or not _ASKING.match(told["question"]) or not _LEFT_ASKED.search(told["question"]):
        return None
    if _CUT.search(" " + told["question"]) is not None:
        return None  # a second amount paid or taken off
    taken = _money(told["amount"])
    try:
        total = solve(f"{lines.rstrip('.,;')}. What is the total?")
    except ToolInputError:
        return None
    measure = _money_measure(total)
    if taken is None or measure is None or total.result is None or taken[1] != measure.dimension:
        return None
    whole, part = Fraction(total.result), taken[0]
    if part > whole:
        raise ToolInputError("the amount paid or taken off is more than the lines come to")
    left = numbers.checked(whole - part)
    steps = [*total.steps, f"{show(Quantity(whole, measure), exact=True)} − {show(Quantity(part, measure), exact=True)}"
             f" = {show(Quantity(left, measure), exact=True)}"]  # fmt: skip
    expression = f"({total.expression}) - {show(Quantity(part, measure))}"
    return answer_for(Quantity(left, measure), "balance", expression, steps)


def _money(said: str) -> tuple[Fraction, str] | None:
    """One amount of money as written ('₦100,000', '$25', '25 000 F'), with its money's dimension; None otherwise."""
    tokens = tokenize(said)
    signs = [t for t in tokens if t.kind == "currency"]
    figures = [t for t in tokens if t.kind == "number"]
    if len(signs) != 1 or len(figures) != 1 or len(tokens) != 3:
        return None
    return Fraction(figures[0].value), f"money {signs[0].value}"


def _money_measure(solution: Solution) -> Measure | None:
    """The money ``solution`` is an amount of ('USD'), or None when it is no single amount of money."""
    code = solution.unit or ""
    if not code or " " in code:
        return None
    try:
        measure = currency(code)
    except KeyError:
        return None
    return measure if is_money(measure) else None
