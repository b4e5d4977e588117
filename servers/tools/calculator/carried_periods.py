"""A share asked of an amount said per period carries that period: 'Rent is £1,150 a month and there are three of
us sharing equally. How much does each flatmate pay?' asks what each pays a month.

The question names no period, but the one amount it shares is said per one ('a month', 'per week', 'each year'),
so each one's share is per that period too. The request is read again with the period said in the question ('How
much does each flatmate pay a month?'), or else with the period cut from the amount and said of the share it
comes to ('£383.33 per person a month'), and answered only when that reading accounts for everything. Only one
amount of money may be given, it must be a rate over time, the question must ask a share ('each', 'per person',
'apiece') and say no time of its own, and no other time may be given: '£1,150 a month for 6 months' asks another
thing.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.periods import ADJECTIVES
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, show
from servers.tools.calculator.question_frame import strip_question
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_SHARES = frozenset("each apiece everyone everybody".split())
_PER_ONE = (("per", "person"), ("per", "head"), ("a", "head"), ("a", "person"))


def solve_carried(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """Each one's share of an amount said per period, asked with no period: the request read again with the period
    said in its question, or else with the period cut from the amount and said of the share; None otherwise."""
    found = _shared_rate(text)
    if found is None:
        return None
    amount, period, cut = found
    said = text.rstrip()
    at = len(said) - 1 if said[-1:] in ("?", ".", "!") else len(said)
    for again, relabel in ((f"{said[:at].rstrip()} a {period}{said[at:]}", False), (cut, True)):
        try:
            solution = solve(again)
        except ToolInputError:
            continue
        if relabel:  # the share of one period's amount is one period's share
            solution.answer = f"{solution.answer} a {period}"
            solution.notes.insert(0, f"the {show(amount)} is a {period}'s, so each share is a {period}'s")
        return solution
    return None


def _shared_rate(text: str) -> tuple[Quantity, str, str] | None:
    """The one amount said per period (as an amount alone), its period, and the text without the period."""
    tokens = tokenize(text)
    start = strip_question(tokens)
    givens = givens_or_none(tokens, start)
    if not givens:
        return None
    money = [g for g in givens if is_money(g.quantity.measure)]
    timed = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.dimension == "time"]
    if len(money) != 1 or timed or any(g.quantity.percent for g in givens):
        return None
    given = money[0]
    measure = given.quantity.measure
    assert measure is not None
    if measure.per is None or measure.per.dimension != "time" or measure.per.per is not None:
        return None
    ask = question_start(tokens, start)
    asked = tokens[ask:-1]
    words = [t.word for t in asked]
    pairs = list(zip(words, words[1:], strict=False))
    if not (set(words) & _SHARES or any(p in pairs for p in _PER_ONE)) or "much" not in words:
        return None
    if any(_timely(t) for t in asked) or any(g.start >= ask for g in givens):
        return None  # the question names its own time, or a number of its own
    number = next(k for k in range(given.start, given.end) if tokens[k].kind == "number")
    if number + 1 >= given.end or given.end > ask:
        return None
    cut = text[: tokens[number + 1].start].rstrip() + " " + text[tokens[given.end].start :]
    amount = Quantity(given.quantity.value, Measure(measure.name, measure.dimension, Fraction(1), measure.symbol))
    return amount, measure.per.name, cut


def _timely(token: Token) -> bool:
    if token.kind != "word":
        return token.kind in ("number", "clock", "date")
    unit = lookup(token.word, short=False)
    return token.word in ADJECTIVES or unit is not None and unit.dimension == "time"
