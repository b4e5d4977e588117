"""Money for a month prorated to part of it: 'Monthly rent is $1,150 and they owe for 19 days of a 30-day month.
What's the prorated amount?' → $1,150 × 19 ÷ 30 = $728.33.

Months vary in length, so the month's days must be said ('a 30-day month', 'the month has 31 days'); the
amount is one sum of money per month, the part one number of days, and the question says it is prorated ('the
prorated amount', 'pro rata'). Any other number declines; any other word must be one of the story's fillers or
an inert word (``inert``) — 'minus the deposit' or 'except weekends' decline. The day the tenant moves in ('on the
10th of March') may be said when the days owed are those from it to the month's end.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Measure, Quantity, is_money, known, rate, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PRORATED = frozenset("prorated prorate prorata pro-rata pro-rated".split())
_FILLERS = frozenset(
    "prorated prorate prorata pro-rata pro-rated pro rata rata amount rent monthly month months day days they owe "
    "owes owed for of a an the in is it what's whats what how much will be should due pay pays charge charged "
    "moving move moves moved in out partway through part way has have had tenant tenants she he we i you "
    "their his her my our and so that this new calendar on per january february march april may june july august "
    "september october november december stayed stay stays staying lived occupied".split()
)
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def solve_prorated(tokens: list[Token], start: int) -> Solution | None:
    """The month's amount for the days owed; None unless the request is exactly that."""
    if not any(t.word in _PRORATED or t.word == "rata" for t in tokens[start:]):
        return None
    month_days, skip = _month_length(tokens, start)
    if month_days is None:
        return None
    moved = _moved_in(tokens, start)
    if moved is not None:
        skip = skip | moved[1]
    kept = [t for k, t in enumerate(tokens) if k not in skip]
    try:
        givens = read_givens(kept, start)
    except NotUnderstood:
        return None
    months = [g for g in givens if is_money(g.quantity.measure) and (_per_month(g.quantity) or _for_month(g.after))]
    days = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.name == "day"]
    if len(givens) != 2 or len(months) != 1 or len(days) != 1:
        return None
    for token in kept[start:]:
        if token.kind in ("number", "currency", "end") or token.text in PUNCTUATION:
            continue
        if not (token.word in _FILLERS or token.word in QUESTION_WORDS or inert(token)):
            return None
    rent, owed = months[0].quantity, Fraction(days[0].quantity.value)
    if rent.measure is not None and rent.measure.per is None:  # '£1,080 for a 30-day month': the month's amount
        rent = Quantity(rent.value, rate(rent.measure, known("month")))
    if owed > month_days or moved is not None and owed != month_days - moved[0] + 1:
        return None  # the days owed must be those from the day moved in to the month's end, both counted
    assert rent.measure is not None and rent.measure.per is not None
    money = Measure(rent.measure.name, rent.measure.dimension, rent.measure.factor * rent.measure.per.factor,
                    rent.measure.symbol)  # fmt: skip
    value = numbers.checked(Fraction(rent.value) * owed / month_days)
    amount = Quantity(value, money)
    working = f"{show(Quantity(rent.value, money), exact=True)} × {numbers.format_number(owed)} ÷ {month_days}"
    steps = [f"{working} days = {show(amount, exact=True)}"]
    solution = answer_for(amount, "prorated amount", working, steps)
    solution.notes.append(f"the month counted as {month_days} days, as said")
    return solution


def _per_month(quantity: Quantity) -> bool:
    measure = quantity.measure
    return measure is not None and measure.per is not None and measure.per.name == "month"


def _for_month(after: tuple[str, ...]) -> bool:
    """'£1,080 for a 30-day month' (its length set aside): an amount said to be the whole month's."""
    return after[:3] in (("for", "a", "month"), ("for", "the", "month"))


def _moved_in(tokens: list[Token], start: int) -> tuple[int, set[int]] | None:
    """'moves in on the 10th of March': the day of the month the tenancy starts, and its tokens; None when no such
    day is said. The days owed are then checked against it, so the date is never a number left unread."""
    found = [k for k in range(start, len(tokens) - 1) if tokens[k].kind == "ordinal"]
    if len(found) != 1 or tokens[found[0] - 1].word not in ("on", "the"):
        return None
    k = found[0]
    said = {k}
    if tokens[k + 1].word == "of" and tokens[k + 2].word in _MONTHS:
        said |= {k + 1, k + 2}
    elif tokens[k + 1].word in _MONTHS:
        said.add(k + 1)
    return int(tokens[k].value), said


def _month_length(tokens: list[Token], start: int) -> tuple[int | None, set[int]]:
    """'a 30-day month', 'a 30 day month', 'the month has 31 days': the days in the month, and the tokens saying
    it; (None, empty) when the request does not say it once."""
    found: list[tuple[int, set[int]]] = []
    for k in range(start, len(tokens) - 3):
        if tokens[k].kind != "number" or tokens[k].value is None:
            continue
        j = k + 1 + (tokens[k + 1].text == "-")
        if tokens[j].word == "day" and tokens[j + 1].word == "month":
            found.append((int(tokens[k].value), set(range(k, j + 1))))
        if tokens[k - 1].word in ("has", "had") and tokens[k - 2].word == "month" and tokens[k + 1].word == "days":
            found.append((int(tokens[k].value), {k, k + 1}))
    if len(found) != 1 or not 28 <= found[0][0] <= 31:
        return None, set()
    return found[0]
