"""What to put away each month (or week) for a goal when some is saved already: 'I need $4,500 for a trip in 9 months
and I already have $1,200 saved. How much do I need to put away each month?' → ($4,500 − $1,200) ÷ 9 = $366.67.

The request gives the amount needed ('I need $4,500', 'it costs £2,000', 'my goal is €900'), the amount saved so far
('I already have $1,200 saved', "I've saved £300", 'with £300 in the bank'), and how many months or weeks are left
('in 9 months', 'over 12 weeks'), and asks the amount each month or week. The period asked must be the one the time
is given in; saved must be less than needed. Any other number, interest, or a word that changes the sum declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_NEEDED = frozenset("need needs needed want costs cost goal target aim save".split())
_SAVED = frozenset({"saved", "already", "have", "got", "bank", "put", "aside"})
_PERIODS = {"months": "month", "month": "month", "weeks": "week", "week": "week"}
_SPOILERS = frozenset(
    "interest rate percent percentage each-way split share between among plus minus extra more less spend spent "
    "owe owed loan borrow borrowed tax bonus double half twice than".split()
)
_NEAR = 4


def solve_saving_rest(tokens: list[Token], start: int) -> Solution | None:
    """The amount each period to reach a goal from what is saved; None unless the request is exactly that."""
    window = request_window(tokens, start, 60)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:end]):
        return None
    amounts = [k for k in range(start, end) if tokens[k].kind == "currency"]
    numbers_at = [k for k in range(start, end) if tokens[k].kind == "number"]
    if len(amounts) != 2 or len(numbers_at) != 3:
        return None
    if any(tokens[k + 1].kind != "number" or not tokens[k + 1].attached for k in amounts):
        return None
    periods = [k for k in numbers_at if k - 1 not in amounts and tokens[k + 1].word in _PERIODS]
    if len(periods) != 1 or tokens[amounts[0]].value != tokens[amounts[1]].value:
        return None
    count, period = Fraction(tokens[periods[0]].value), _PERIODS[tokens[periods[0] + 1].word]
    roles = {_role(tokens, k, start) for k in amounts}
    if roles != {"needed", "saved"} or count <= 0 or count.denominator != 1:
        return None
    needed_at = next(k for k in amounts if _role(tokens, k, start) == "needed")
    saved_at = next(k for k in amounts if k != needed_at)
    needed, saved = Fraction(tokens[needed_at + 1].value), Fraction(tokens[saved_at + 1].value)
    if saved >= needed or not _asked_each(tokens, periods[0] + 2, end, period):
        return None
    money = currency(tokens[needed_at].value)
    rest = needed - saved
    each = numbers.checked(rest / count)
    shown = [show(Quantity(v, money), exact=True) for v in (needed, saved, rest, each)]
    steps = [f"still to save: {shown[0]} − {shown[1]} = {shown[2]}",
             f"{shown[2]} ÷ {numbers.format_number(count)} {period}s = {shown[3]} a {period}"]  # fmt: skip
    solution = answer_for(Quantity(each, money), "saving towards a goal", f"({shown[0]} - {shown[1]}) / {count}",
                          steps, suffix=f" a {period}")  # fmt: skip
    solution.notes.append(f"the same amount every {period}, with no interest")
    return solution


def _role(tokens: list[Token], at: int, start: int) -> str | None:
    """'needed' or 'saved' from the words just before or after the amount at ``at`` (its sign)."""
    before = {t.word for t in tokens[max(start, at - _NEAR) : at]}
    after = {t.word for t in tokens[at + 2 : at + 2 + 2]}
    if "saved" in after or before & {"already", "saved"} or after & {"in"} and tokens[at + 3].word == "the":
        return "saved"
    if before & _NEEDED and not before & _SAVED:
        return "needed"
    return None


def _asked_each(tokens: list[Token], after: int, end: int, period: str) -> bool:
    """The question asks the amount each of the period the time is given in ('each month', 'a month', 'per month')."""
    words = [t.word for t in tokens[after:end]]
    asked = [words[k + 1] for k, w in enumerate(words[:-1]) if w in ("each", "a", "per", "every")]
    return {"how", "much"} <= set(words) and period in asked and all(w == period for w in asked if w in _PERIODS)
