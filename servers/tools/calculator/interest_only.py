"""The payment on an interest-only loan: 'Our mortgage is £180,000 on an interest-only deal at 4.5% a year. What's
the monthly payment?' → £180,000 × 4.5% ÷ 12 = £675.

Interest-only is said in so many words ('interest-only', 'interest only'), so nothing of the loan is repaid and the
payment is the year's interest, a twelfth of it a month. The request gives exactly two numbers, the amount borrowed
and the yearly rate, and asks for the payment (or the interest) a month or a year. A term, a fee, a second rate or
an amount of a part repaid is a number the reading would leave out, and declines; so does a payment asked without
saying how often, since a month and a year differ twelvefold.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import as_money, percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_MONTHLY = ("a month", "per month", "each month", "every month", "monthly", "per calendar month", "pcm", "pm")
_YEARLY = ("a year", "per year", "each year", "every year", "yearly", "annually", "annual", "per annum", "p.a.", "pa")
_ASKED = frozenset(
    "payment payments repayment repayments pay paying interest cost costs instalment instalments".split()
)
_SPOILERS = frozenset(
    "compound compounded simple fee fees plus overpay overpayment tax insurance deposit remaining left after "
    "repayment-mortgage capital total altogether years months term".split()
)
"""Words that change what is paid or ask for something else (a whole term's interest, what is left)."""


def solve_interest_only(tokens: list[Token], start: int) -> Solution | None:
    """The monthly or yearly payment of an interest-only loan; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not (has_phrase(words, "interest-only") or has_phrase(words, "interest only")) or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rates = [g for g in givens if g.quantity.percent]
    loans = [g for g in givens if not g.quantity.percent]
    if len(rates) != 1 or len(loans) != 1 or len(givens) != 2:
        return None
    if _priced_per(loans[0]):
        return None
    loan = as_money(loans[0].quantity)
    rate = Fraction(rates[0].quantity.value)
    if not is_money(loan.measure) or loan.measure.per is not None or not 0 < rate < 1 or loan.value <= 0:
        return None
    if any(w in ("month", "monthly") for w in rates[0].after[:2]):
        return None  # a rate said a month is not the yearly rate the convention divides by twelve
    asked = question_words(tokens, start)
    if not _ASKED & set(asked) and not has_phrase(asked, "how much"):
        return None
    monthly = any(has_phrase(asked, p) for p in _MONTHLY)
    yearly = any(has_phrase(asked, p) for p in _YEARLY)
    if monthly == yearly:
        return None  # how often the payment is asked is not said (or said both ways)
    year = numbers.checked(Fraction(loan.value) * rate)
    yearly_text = show(Quantity(year, loan.measure), exact=True)
    steps = [f"{show(loan, exact=True)} × {percent(rates[0].quantity)} = {yearly_text} a year"]
    if yearly:
        q = Quantity(year, loan.measure)
        expression = f"{show(loan)} * {percent(rates[0].quantity)}"
        suffix = " a year"
    else:
        q = Quantity(numbers.checked(year / 12), loan.measure)
        steps.append(f"{show(Quantity(year, loan.measure), exact=True)} ÷ 12 = {show(q, exact=True)} a month")
        expression = f"{show(loan)} * {percent(rates[0].quantity)} / 12"
        suffix = " a month"
    solution = answer_for(q, "interest-only payment", expression, steps, suffix=suffix)
    solution.notes.append(
        "interest-only: none of the loan is repaid, so the payment is the yearly interest "
        "(the amount borrowed × the yearly rate), divided by 12 for a month"
    )
    solution.values = {"borrowed": loan.value, "yearly interest": year}
    return solution


def _priced_per(g: Given) -> bool:
    """'£50 a night', '$50 per sale', '$20 each': a price of one of something, never a whole amount."""
    return g.per_each or g.after[:1] in (("a",), ("an",), ("per",), ("each",), ("every",), ("/",))
