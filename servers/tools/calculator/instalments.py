"""An amount paid in equal parts: 'the sofa is $1,560, paid over 12 months: what is the monthly amount?'.

Two numbers and nothing else: an amount (money, or a plain number) and how many equal parts it is spread over —
a stretch of time ('over 12 months', 'across 8 weeks') or a count of payments ('in 6 monthly instalments'). The
answer is one part. The question must ask for the part in the stretch's own unit ('monthly', 'a month', 'per
month' for months; 'each payment' for payments), or the request must say the amount is split or spread: 'how
much a week' over 12 months is a different calendar, and is declined rather than converted. Interest, a deposit,
a fee or anything paid already are a different problem (a loan, a balance) and decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for, to_the_cent
from servers.tools.calculator.stories import question_words, words_outside
from servers.tools.calculator.tokens import Token

_PARTS = frozenset("payment payments instalment instalments installment installments repayment repayments".split())
_SPREAD_BEFORE = frozenset("over into in across".split())
_SPREAD_VERBS = frozenset("split spread divide divided dividing splitting spreading spread".split())
_ADVERBS = {"monthly": "month", "weekly": "week", "yearly": "year", "annually": "year", "annual": "year",
            "daily": "day", "fortnightly": "fortnight"}  # fmt: skip
_SPOILERS = frozenset(
    "interest rate apr deposit down upfront left remaining already first last except earn earned "
    "more less extra fee fees plus minus discount tax tip between among people each_of not without double "
    "twice half total altogether loan mortgage borrow borrowed owe owed balance".split()
)
"""Words that make the parts unequal or the amount something else than what is divided."""


def solve_instalments(tokens: list[Token], start: int) -> Solution | None:
    """One equal part of an amount spread over a stretch of time or a count of payments; None when it is not that."""
    tokens = _without_terms(tokens, start)
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    words = words_outside(tokens, start, givens)
    if set(words) & _SPOILERS:
        return None
    amount, spread = givens
    if not _amount(amount) or amount.quantity.value <= 0 or _rated(tokens, amount.end):
        return None
    parts = _parts(spread)
    if parts is None:
        return None
    count, period = parts
    if not numbers.is_integer(count) or count < 2:
        return None
    asked = _asked_period(question_words(tokens, start))
    if asked is None and not set(words) & _SPREAD_VERBS:
        return None  # 'I'll pay $200 over 12 months': nothing asks for one part
    if asked is not None and asked != period and not (asked == "payment" or period == "payment"):
        return None  # 'how much a week' over 12 months: weeks in months vary
    if asked == "payment" and period != "payment":
        return None  # 'each payment' over 12 months: how many payments is not said
    each = Fraction(amount.quantity.value) / Fraction(count)
    q = Quantity(each, amount.quantity.measure)
    unit = "payment" if period == "payment" else period
    label = numbers.format_number(count)
    steps = [f"{show(amount.quantity, exact=True)} ÷ {label} = {show(q, exact=True)}"]
    solution = answer_for(q, "equal instalments", f"{show(amount.quantity)} / {label}", steps, suffix=f" per {unit}")
    return solution if q.measure is not None else to_the_cent(solution, each, f" per {unit}")


_TERMS = frozenset("equal even fixed regular interest-free".split())
"""'24 equal interest-free monthly payments': words saying the parts are the same and nothing is added to them, which
is what this reading divides by anyway."""


_NO_INTEREST = frozenset({("no", "interest"), ("interest", "free"), ("without", "interest"), ("zero", "interest")})
"""'no interest', 'interest free': the parts are the amount divided, nothing added to them."""


def _without_terms(tokens: list[Token], start: int) -> list[Token]:
    """The tokens without the terms said between a count and its payments ('24 equal monthly payments' is '24
    monthly payments') or saying no interest is added; the same list when none are said."""
    dropped: set[int] = set()
    for i in range(start, len(tokens) - 1):
        if tokens[i].kind != "number":
            continue
        j = i + 1
        while tokens[j].word in _TERMS or tokens[j].word in _ADVERBS:
            j += 1
        if tokens[j].word in _PARTS:
            dropped |= {k for k in range(i + 1, j) if tokens[k].word in _TERMS}
    for i in range(start, len(tokens) - 1):
        pair = (tokens[i].word, tokens[i + 1].word)
        if pair in _NO_INTEREST:  # 'in 3 months, no interest': nothing is added to the parts
            dropped |= {i, i + 1}
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


def _amount(g: Given) -> bool:
    measure = g.quantity.measure
    if g.quantity.percent or g.noun and g.noun not in _SPREAD_BEFORE:  # '2400 across 8 weeks' counts no 'across'
        return False
    return measure is None or is_money(measure) and measure.per is None


_EVERY = frozenset("every each a an per".split())
_PERIODS = frozenset("day week fortnight month year".split())


def _rated(tokens: list[Token], end: int) -> bool:
    """'£250 every month', '250 each week': an amount put by at a rate, so a total saved is asked, not a part."""
    return any(tokens[k].word in _EVERY and tokens[k + 1].word.rstrip("s") in _PERIODS for k in (end - 1, end))


def _parts(g: Given) -> tuple[Fraction, str] | None:
    """How many equal parts, and what one part is: '12 months' (a month), '6 monthly instalments' (a payment);
    'over the next 18 months' is the same stretch."""
    before = list(g.before)
    while before and before[-1] in ("the", "next", "coming"):
        before.pop()
    if not before or before[-1] not in _SPREAD_BEFORE:
        return None
    q = g.quantity
    if q.measure is not None:
        if q.measure.dimension != "time" or q.measure.per is not None or q.measure.name == "second":
            return None
        return Fraction(q.value), q.measure.name
    if g.noun in ("payment", "instalment", "installment", "repayment"):
        return Fraction(q.value), "payment"
    return None


def _asked_period(asked: list[str]) -> str | None:
    """The part the question asks for: 'monthly', 'a month', 'per week', 'each payment'; None when none is."""
    for k, word in enumerate(asked):
        if word in _ADVERBS and asked[k + 1 : k + 2] != ["payments"]:
            return _ADVERBS[word]
        after = asked[k + 1] if k + 1 < len(asked) else ""
        if word == "each" and not after:
            return "payment"  # '..., how much is each?'
        if word in ("a", "an", "per", "each", "every") and after:
            if after in _PARTS:
                return "payment"
            if after in ("month", "week", "year", "day", "fortnight"):
                return after
    return None
