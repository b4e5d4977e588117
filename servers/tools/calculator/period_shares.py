"""An amount for one period shared equally, each one's share asked for another period: 'What is each flat's monthly
share of maintenance? The annual maintenance is 864,000 rupees and there are 48 flats' → 864,000 ÷ 48 ÷ 12 = 1,500.

The request gives one amount of money, its period said beside it ('the annual maintenance', 'a yearly bill of',
'£140 a week'), and one count of who shares it ('48 flats', '12 members'), and asks each one's share for another
period ('monthly share', 'per month', 'each quarter'). The periods convert only where the calendar is exact: months,
quarters and years by twelve and four; days, weeks and fortnights by seven and two. A month asked of a week (or a
week of a year) has no one answer, and declines; so does a third number, a percentage, or a count of no one.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_ADJECTIVES = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "pcm": "month",
               "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year"}  # fmt: skip
_NAMES = {"day": "day", "week": "week", "fortnight": "fortnight", "month": "month", "quarter": "quarter",
          "year": "year", "annum": "year"}  # fmt: skip
_PER = frozenset("a an per every each".split())
_STRETCH = frozenset("in over for within during across".split())
_LENGTHS = {"month": ("months", 1), "quarter": ("months", 3), "year": ("months", 12),
            "day": ("days", 1), "week": ("days", 7), "fortnight": ("days", 14)}  # fmt: skip
"""Each period in the calendar unit that measures it exactly: a month is no whole number of weeks."""
_SHARING = frozenset("share shares shared sharing split splitting divided divide equally evenly between among".split())
_SPOILERS = frozenset(
    "plus extra more less except minus not only half double twice tax vat discount off deposit already paid rise "
    "increase".split()
)
"""Words that change the amount or make the shares unequal."""
_ASKING = frozenset("what what's whats how".split())
_NEAR = 6


def solve_period_share(tokens: list[Token], start: int) -> Solution | None:
    """Each one's share of an amount for one period, for another period; None unless the request is exactly that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if not words & _SHARING and "each" not in words or words & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    amount, count = givens if is_money(givens[0].quantity.measure) else givens[::-1]
    measure = amount.quantity.measure
    if not is_money(measure) or amount.quantity.percent:
        return None
    carried = None  # 'our annual ground rent is £2,400': the period read into the amount's unit
    if measure.per is not None:
        carried = _NAMES.get(measure.per.name)
        if carried is None or measure.per.per is not None:
            return None
        measure = replace(measure, factor=measure.factor * measure.per.factor, per=None)
    people = count.quantity.value
    if count.quantity.measure is not None or count.quantity.percent or not count.noun:
        return None
    if not numbers.is_integer(people) or people < 2:
        return None
    periods = _periods(tokens, start)
    if len({p for _, p in periods}) != 2:
        return None
    story = carried or _amounts_period(tokens, amount.start, periods)
    if story is None:
        return None  # the amount's own period is not said beside it
    asked = [(k, p) for k, p in periods if p != story]
    if not all(_in_question(tokens, k) for k, _ in asked):
        return None
    wanted = asked[0][1]
    (story_unit, story_length), (wanted_unit, wanted_length) = _LENGTHS[story], _LENGTHS[wanted]
    if story == wanted or story_unit != wanted_unit:
        return None  # the same period needs no reading here; a month of a week has no one length
    whole = Fraction(amount.quantity.value)
    amount_shown = Quantity(whole, measure)
    value = numbers.checked(whole / Fraction(people) * Fraction(wanted_length, story_length))
    each = Quantity(value, measure)
    n = numbers.format_number(people)
    steps = [
        f"{show(amount_shown, exact=True)} a {story} ÷ {n} = "
        f"{show(Quantity(whole / Fraction(people), measure), exact=True)} each a {story}",
        f"a {wanted} is {Fraction(wanted_length, story_length)} of a {story}: {show(each, exact=True)} each a {wanted}",
    ]
    expression = f"{show(amount_shown)} / {n} * {wanted_length} / {story_length}"
    solution = answer_for(each, "a share for another period", expression, steps, suffix=f" each a {wanted}")
    solution.notes.append(f"the amount is shared equally, and a {wanted} is taken as {_said(wanted, story)}")
    return solution


def _periods(tokens: list[Token], start: int) -> list[tuple[int, str]]:
    """Where each period is said, and which: 'annual', 'monthly', 'a month', 'per year', '/week'."""
    found: list[tuple[int, str]] = []
    for k in range(start, len(tokens)):
        word = tokens[k].word
        if word in _ADJECTIVES:
            found.append((k, _ADJECTIVES[word]))
        elif word.rstrip("s") in _NAMES and k > 1 and tokens[k - 2].word in _STRETCH and tokens[k - 1].word == "a":
            return []  # 'in a year', 'over a month': a stretch of time the amount runs for
        elif word.rstrip("s") in _NAMES and k > 0 and (tokens[k - 1].word in _PER or tokens[k - 1].text == "/"):
            found.append((k, _NAMES[word.rstrip("s")]))
        elif word.rstrip("s") in _NAMES:
            return []  # '12 months', 'for the year': a stretch of time, not a rate's period
    return found


def _amounts_period(tokens: list[Token], at: int, periods: list[tuple[int, str]]) -> str | None:
    """The period said of the amount at ``at``: the one period of its sentence when that sentence tells ('The
    annual maintenance of our society is 864,000 rupees.'), else the one nearest it, a few words away."""
    begin, end = _sentence(tokens, at)
    if not _in_question(tokens, at):
        said = {p for k, p in periods if begin <= k < end}
        return said.pop() if len(said) == 1 else None
    k, period = min(periods, key=lambda found: abs(found[0] - at))
    return period if abs(k - at) <= _NEAR else None


def _sentence(tokens: list[Token], k: int) -> tuple[int, int]:
    begin = k
    while begin > 0 and tokens[begin - 1].text not in (".", "?", "!", ";"):
        begin -= 1
    end = k
    while tokens[end].kind != "end" and tokens[end].text not in (".", "?", "!", ";"):
        end += 1
    return begin, end


def _in_question(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` is in a sentence that asks: a question word or a question mark."""
    begin, end = _sentence(tokens, k)
    return tokens[end].text == "?" or any(t.word in _ASKING for t in tokens[begin:end])


def _said(wanted: str, story: str) -> str:
    unit, wanted_length = _LENGTHS[wanted]
    story_length = _LENGTHS[story][1]
    return (
        f"{numbers.format_number(Fraction(wanted_length))} {unit[:-1] if wanted_length == 1 else unit} of the "
        f"{story}'s {numbers.format_number(Fraction(story_length))}"
    )
