"""Pay for a shift whose hourly rate changes at a time of day: 'Babysitting: I charge $15 an hour and $20 an hour after
midnight. Last night I worked from 7pm to 1:30am. How much do I charge?' → 7pm to midnight is 5 h at $15 = $75;
midnight to 1:30am is 1.5 h at $20 = $30; $105 in all.

The request gives two hourly rates in one currency, the later one said with the time it starts ('$20 an hour after
midnight', '£18 an hour after 11pm'), and the shift as two clock times ('from 7pm to 1:30am', '8 pm to 3 am'). Each
clock time says am or pm (or is written in 24-hour form), so none can be read the wrong way round; a shift that ends
earlier than it starts ends the next day. Hours before the change are paid at the first rate, hours from it at the
second. A break, a bonus, a third rate or any number that is not one of these declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

_HOURLY = (("an", "hour"), ("a", "hour"), ("per", "hour"), ("an", "hr"), ("per", "hr"), ("/", "hour"), ("/", "hr"),
           ("/", "h"), ("hourly",))  # fmt: skip
_CHANGE = frozenset({"after", "from"})
_SHIFT_JOINS = frozenset({"to", "until", "till", "-", "and", "through"})
_CLOCK_WORDS = frozenset({"midnight", "noon", "midday"})
_ASKED = frozenset("charge charged earn earned pay paid get make made owe owed much total".split())
_SPOILERS = frozenset("break breaks unpaid bonus tip tips tax overtime minus plus deduct weekend sunday".split())
_DAY = 24 * 60


def solve_shift_pay(tokens: list[Token], start: int) -> Solution | None:
    """Pay for a shift split at the time a second hourly rate starts; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if _SPOILERS & set(words) or not _ASKED & set(question_words(tokens, start)):
        return None
    rates: list[tuple[Fraction, str, int]] = []  # amount, currency, index after the rate
    clocks: list[tuple[int, int, int]] = []  # minutes since midnight, index, index after
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency":
            rate = _rate_at(tokens, i)
            if rate is None:
                return None
            rates.append(rate)
            i = rate[2]
            continue
        if token.kind in ("number", "clock") or token.word in _CLOCK_WORDS:
            found = clock_at(tokens, i)
            if found is None or found[1] is None and not _twenty_four_hour(token):
                return None  # a number that is no clock time (or one that could be am or pm): left out otherwise
            clocks.append((found[0], i, found[2]))
            i = found[2]
            continue
        if token.kind in ("date", "ordinal"):
            return None
        i += 1
    if len(rates) != 2 or len(clocks) != 3 or rates[0][1] != rates[1][1]:
        return None
    changes = [c for c in clocks if tokens[c[1] - 1].word in _CHANGE and any(r[2] == c[1] - 1 for r in rates)]
    if len(changes) != 1:
        return None
    change = changes[0]
    later = next(r for r in rates if r[2] == change[1] - 1)
    earlier = next(r for r in rates if r is not later)
    shift = [c for c in clocks if c is not change]
    if tokens[shift[0][2]].word not in _SHIFT_JOINS or shift[1][1] != shift[0][2] + 1:
        return None  # not one shift from a time to a time
    return _pay(earlier, later, shift[0][0], shift[1][0], change[0])


def _rate_at(tokens: list[Token], i: int) -> tuple[Fraction, str, int] | None:
    """'$15 an hour', '£18 per hour', '$20/hr': an hourly rate starting at the currency sign."""
    if tokens[i + 1].kind != "number":
        return None
    j = i + 2
    for phrase in _HOURLY:
        if all(tokens[j + k].text.lower() == w for k, w in enumerate(phrase)):
            return Fraction(tokens[i + 1].value), str(tokens[i].value), j + len(phrase)
    return None


def _twenty_four_hour(token: Token) -> bool:
    """'23:00', '06:15': a clock time that cannot be am or pm."""
    return token.kind == "clock" and (token.text.startswith("0") or int(token.text.split(":")[0]) > 12)


def _pay(
    earlier: tuple[Fraction, str, int], later: tuple[Fraction, str, int], begin: int, end: int, change: int
) -> Solution | None:
    if end <= begin:
        end += _DAY  # a shift that ends earlier than it starts ends the next day
    if change < begin:
        change += _DAY  # the change comes next after the shift starts
    before = max(0, min(end, change) - begin)
    after = max(0, end - max(change, begin))
    paid_in = currency(earlier[1])
    if before + after == 0:
        return None
    first, second = Fraction(before, 60), Fraction(after, 60)
    pay = numbers.checked(first * earlier[0] + second * later[0])

    def money(value: Fraction) -> str:
        return show(Quantity(value, paid_in), exact=True)

    steps = [
        f"{_clock(begin)} to {_clock(min(end, change))}: {numbers.format_number(first)} h × {money(earlier[0])} = "
        f"{money(first * earlier[0])}",
        f"{_clock(max(change, begin))} to {_clock(end)}: {numbers.format_number(second)} h × {money(later[0])} = "
        f"{money(second * later[0])}",
        f"{money(first * earlier[0])} + {money(second * later[0])} = {money(Fraction(pay))}",
    ]
    expression = (
        f"{numbers.format_number(first)} * {money(earlier[0])} + {numbers.format_number(second)} * {money(later[0])}"
    )
    solution = answer_for(Quantity(pay, paid_in), "shift pay with a rate that changes", expression, steps)
    solution.notes.append(
        f"hours before {_clock(change)} are paid at the first rate, hours from it at the second"
        + ("; the shift ends the next day" if end > _DAY else "")
    )
    return solution


def _clock(minutes: int) -> str:
    minutes %= _DAY
    hour, minute = divmod(minutes, 60)
    if hour == 0 and minute == 0:
        return "midnight"
    meridiem = "am" if hour < 12 else "pm"
    hour = hour % 12 or 12
    return f"{hour}:{minute:02d} {meridiem}"
