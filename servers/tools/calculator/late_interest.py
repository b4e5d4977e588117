"""Simple interest for a number of days at a yearly rate: 'Client paid a £2,400 invoice 45 days late. Late interest
is 8% a year simple, 365-day year. How much interest can I add?' → £2,400 × 8% × 45 ÷ 365 = £23.67.

The request holds one amount of money, one percentage a year ('8% a year', '8% per annum', 'an annual 8%'), one
number of days, and at most the year's length in days ('365-day year', '360-day year'; 365 when not said, and the
answer says so). It says the interest is simple (or names no other kind) and asks for the interest. Compounding,
a second amount or rate, a rate for another period, a fee or a question about the total declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_YEARLY = (("a", "year"), ("per", "year"), ("per", "annum"), ("a", "year", "simple"), ("annual",), ("yearly",),
           ("pa",), ("p.a.",), ("per", "year", "simple"))  # fmt: skip
_SPOILERS = frozenset(
    "compound compounded compounding monthly month months week weeks quarterly plus fee fees "
    "compensation minus less each total altogether owe owed back base".split()
)


def solve_late_interest(tokens: list[Token], start: int) -> Solution | None:
    """Simple interest on one amount for a number of days at a yearly rate; None unless exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or "interest" not in question_words(tokens, start) or "days" not in words:
        return None
    amount: Quantity | None = None
    rate: Fraction | None = None
    days: Fraction | None = None
    basis: int | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency" and tokens[i + 1].kind == "number":
            if amount is not None:
                return None
            amount, i = Quantity(Fraction(tokens[i + 1].value), currency(token.value)), i + 2
            continue
        if token.kind != "number":
            if token.kind in ("date", "clock", "ordinal"):
                return None
            i += 1
            continue
        after = tokens[i + 1]
        if after.text == "%" and rate is None and _yearly(tokens, i + 2):
            rate, i = Fraction(token.value) / 100, i + 2
        elif after.word == "days" and days is None:
            days, i = Fraction(token.value), i + 2
        elif after.text == "-" and tokens[i + 2].word == "day" and tokens[i + 3].word == "year" and basis is None:
            basis, i = int(token.value), i + 4
        else:
            return None  # a number this reading has no place for
    if amount is None or rate is None or days is None or basis not in (None, 360, 365, 366):
        return None
    year = basis or 365
    interest = Quantity(numbers.checked(Fraction(amount.value) * rate * days / year), amount.measure)
    shown = show(Quantity(rate, percent=True))
    working = f"{show(amount, exact=True)} × {shown} × {numbers.format_number(days)} ÷ {year}"
    solution = answer_for(interest, "simple interest for days", working, [f"{working} = {show(interest, exact=True)}"])
    solution.notes.append(f"simple interest, the year counted as {year} days" + ("" if basis else " (not said)"))
    return solution


def _yearly(tokens: list[Token], at: int) -> bool:
    """'a year', 'per annum' right after the percentage, or 'annual' said before it: the rate is for a year."""
    if any(t.word in ("annual", "yearly") for t in tokens[max(0, at - 5) : at]):
        return True
    return any(all(tokens[min(at + k, len(tokens) - 1)].word == w for k, w in enumerate(p)) for p in _YEARLY)
