"""A price per one thing per another, with a count of each: 'The hostel charges 22.50 per child per night. 30
children, 2 nights. What's the hostel bill?' → 22.50 × 30 × 2 = 1,350; '£4 per person per day for 6 people over 5
days'.

The request gives one price said per one thing and per another ('per child per night', 'a head a day'), and exactly
one count of each of those things ('30 children', '2 nights'); the question asks the whole. A bare number is a
price only after a word of charging ('charges 22.50', 'costs 4'). When the second thing is a period and the
question asks the whole for a period ('45 licences at $12.50 per user per month. What's that per year?'), its count
is how many of the one make the other (12 months to a year). Any other number, a count of something else, or a word
that changes the sum ('discount', 'free', 'each' asked, 'split') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import padded, request_window
from servers.tools.calculator.quantities import AMOUNT, Quantity, currency, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PER = frozenset({"per", "a", "an", "each"})
_CHARGING = frozenset("charges charge charged costs cost is at".split())
_ONES = {"children": "child", "people": "person", "kids": "kid", "nights": "night", "days": "day", "men": "man",
         "women": "woman", "heads": "person", "head": "person",
         # a software seat is one user's: '45 licences at $12.50 per user per month'
         "licences": "user", "licence": "user", "licenses": "user", "license": "user", "seats": "user",
         "seat": "user", "users": "user"}  # fmt: skip
_PERIODS_IN = {("month", "year"): 12, ("week", "year"): 52, ("day", "week"): 7, ("month", "quarter"): 3,
               ("quarter", "year"): 4, ("week", "fortnight"): 2, ("day", "fortnight"): 14}  # fmt: skip
"""How many of one period make another, as people count them: 12 months or 52 weeks to a year, 7 days to a week."""
_SENTENCE_ENDS = frozenset({".", "?", "!"})
_PERIOD_ADVERBS = {"annually": "year", "yearly": "year", "annual": "year", "monthly": "month", "weekly": "week",
                   "daily": "day", "quarterly": "quarter", "fortnightly": "fortnight"}  # fmt: skip
_ASKED = frozenset("bill total cost costs much altogether charge".split())
_SPOILERS = frozenset(
    "discount off free split share shared between among except minus less plus extra deposit tip tax vat percent "
    "half twice double not no only instead already paid left remaining than more each every".split()
)


def solve_double_rate(tokens: list[Token], start: int) -> Solution | None:
    """The whole of a price per one thing per another over a count of each; None for anything else."""
    window = request_window(tokens, start, 50)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    rated = _rate(tokens, start, end)
    if rated is None:
        return None
    price, code, first, second, used = rated
    counts: dict[str, Fraction] = {}
    for k in range(start, end):
        t = tokens[k]
        if k in used:
            continue
        if t.kind in ("currency", "clock", "date") or t.text == "%":
            return None
        if t.kind == "number":
            noun = _ONES.get(tokens[k + 1].word, singular(tokens[k + 1].word))
            if noun not in (first, second) and tokens[k + 1].text[:1].isupper() and tokens[k + 2].kind == "word":
                noun = _ONES.get(tokens[k + 2].word, singular(tokens[k + 2].word))  # '45 Microsoft licences'

            if noun not in (first, second) or noun in counts or t.value <= 0 or Fraction(t.value).denominator != 1:
                return None
            counts[noun] = Fraction(t.value)
        elif t.word in _SPOILERS:
            return None
    asked = {t.word for t in tokens[start:end]}
    period = _period_asked(tokens, start, end, used)
    if len(counts) == 1 and first in counts and period is not None:
        times = 1 if period == second else _PERIODS_IN.get((second, period))
        if times is None:
            return None  # 'per week' asked 'per month': weeks do not make a month evenly
        counts[second] = Fraction(times)  # '$12.50 per user per month' asked per year: 12 months of it
    elif len(counts) != 2 or not asked & _ASKED:
        return None
    money = currency(code) if code else AMOUNT
    total = numbers.checked(price * counts[first] * counts[second])
    each = show(Quantity(price, money), exact=True)
    n1, n2 = numbers.format_number(counts[first]), numbers.format_number(counts[second])
    step = f"{each} × {n1} {first}s × {n2} {second}s = {show(Quantity(total, money), exact=True)}"
    solution = answer_for(Quantity(total, money), "price per one per another", f"{each} * {n1} * {n2}", [step])
    solution.notes.append(f"the price is per {first} per {second}: it is paid for every {first} on every {second}")
    if period is not None and period != second:
        solution.notes.append(f"{n2} {second}s to a {period}")
    return solution


def _period_asked(tokens: list[Token], start: int, end: int, used: set[int]) -> str | None:
    """The period the question asks the whole for ('what's that per year', 'how much a month', 'annually'), said
    after the price; None when it asks none, or more than one."""
    found: set[str] = set()
    last = end - 1 - (tokens[end - 1].text in _SENTENCE_ENDS)
    asking = next((k + 1 for k in range(last, start - 1, -1) if tokens[k].text in _SENTENCE_ENDS), start)
    for k in range(asking, end):  # the question's own words: 'we stay a week' in the story is a count, not asked
        if k in used:
            continue
        word = tokens[k].word
        if word in _PERIOD_ADVERBS:
            found.add(_PERIOD_ADVERBS[word])
        elif word in ("per", "a", "an", "every") and tokens[k + 1].word in {p for pair in _PERIODS_IN for p in pair}:
            found.add(tokens[k + 1].word)
    return found.pop() if len(found) == 1 else None


def _rate(tokens: list[Token], start: int, end: int) -> tuple[Fraction, str | None, str, str, set[int]] | None:
    """'£22.50 per child per night' or 'charges 22.50 per child per night': the price, its currency, what it is per
    (twice), and the indices of its tokens; None unless exactly one such price is said."""
    found: list[tuple[Fraction, str | None, str, str, set[int]]] = []
    for k in range(start, end - 4):
        t = tokens[k]
        if t.kind != "number" or t.value <= 0:
            continue
        written = k > start and tokens[k - 1].kind == "currency" and (t.attached or tokens[k - 1].text.isalpha())
        sign = tokens[k - 1] if written else None  # '$22.50', 'Tk 9,500'
        if sign is None and not (k > start and tokens[k - 1].word in _CHARGING):
            continue
        words = [tokens[k + j].word for j in range(1, 5)]
        if words[0] not in _PER or words[2] not in _PER or "each" in (words[0], words[2]):
            continue
        first, second = (_ONES.get(w, singular(w)) for w in (words[1], words[3]))
        if not first.isalpha() or not second.isalpha() or first == second:
            continue
        used = set(range(k - (sign is not None), k + 5))
        found.append((Fraction(t.value), sign.value if sign else None, first, second, used))
    return found[0] if len(found) == 1 else None


def double_rate(tokens: list[Token], start: int) -> tuple[Fraction, str, str, set[int]] | None:
    """The one price per one thing per another the request says ('£10 per person per night'): the price, what it is
    per (twice) and the indices of its tokens; None when it says none, or more than one."""
    tokens = padded(tokens)
    end = next(k for k, t in enumerate(tokens) if t.kind == "end")
    rated = _rate(tokens, start, end)
    return None if rated is None else (rated[0], rated[2], rated[3], rated[4])


def double_rate_said(tokens: list[Token], start: int) -> bool:
    """Whether a price per one thing per another is said ('£4 per person per day'): no product of givens by their
    units reads it, as it would divide by one count what is paid on both."""
    tokens = padded(tokens)
    end = next(k for k, t in enumerate(tokens) if t.kind == "end")
    return _rate(tokens, start, end) is not None
