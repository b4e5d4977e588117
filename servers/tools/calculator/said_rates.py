"""How a rate is said around a number, beyond 'a' or 'per' and a unit: so many times a period ('1 gallon twice a
day'), a period after the unit and what it measures in a question ('how many pounds of powder a day'), and a rate
said of each one of a group ('78 lbs a day each'); and what a count is per ('360 loaves a week', '23.5 tons per
acre')."""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, rate
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.tokens import Token

_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def times_a(tokens: list[Token], i: int, quantity: Quantity) -> tuple[Quantity, int]:
    """'1 gallon twice a day', '5 ml 3 times a day': an amount given so many times in each stretch of time."""
    times, k = _TIMES.get(tokens[i].word), i + 1
    if times is None and tokens[i].kind == "number" and tokens[i + 1].word == "times" and tokens[i].value > 0:
        if Fraction(tokens[i].value).denominator == 1:
            times, k = int(tokens[i].value), i + 2
    if times is None or tokens[k].word not in ("a", "an", "per", "every") or tokens[k + 1].kind != "word":
        return quantity, i
    per = lookup(tokens[k + 1].word, short=False)
    if quantity.measure is None or per is None or per.dimension != "time" or per.per is not None:
        return quantity, i
    return Quantity(quantity.value * times, rate(quantity.measure, per)), k + 2


def asked_goods(tokens: list[Token], i: int) -> bool:
    """'how many pounds of powder' ending at ``i``: the question's unit and what it measures, so a period after it
    ('... of powder a day') is the question's too."""
    return (
        i > 3
        and tokens[i - 1].word == "of"
        and tokens[i - 3].word in ("many", "much")
        and (tokens[i - 2].kind == "word" and lookup(tokens[i - 2].word, short=False) is not None)
    )


def rate_before(tokens: list[Token], i: int) -> bool:
    """'78 lbs a day' or '110 grams of feed a day' just before ``i``: an amount, then the stretch of time it is per
    ('... a day each')."""
    period, unit = tokens[i - 1], i - 3
    if i < 4 or tokens[i - 2].word not in ("a", "an", "per") or period.kind != "word":
        return False
    if tokens[unit - 1].word == "of" and unit > 3:
        unit -= 2  # '110 grams of feed a day'
    per = lookup(period.word, short=False)
    measure = lookup(tokens[unit].word) if tokens[unit].kind == "word" else None
    return measure is not None and tokens[unit - 1].kind == "number" and per is not None and per.dimension == "time"


def count_per_said(tokens: list[Token], i: int, rates: bool) -> tuple[Measure | None, int]:
    """'360 loaves a week', '40 emails per day': a count over a stretch of time, read as a rate; '23.5 tons per
    acre', '3 plants a metre': a count for each unit of another measure, which the units reading scales."""
    if _per_measure(tokens, i):
        per = lookup(tokens[i + 1].word, short=tokens[i].word == "per" or tokens[i].text == "/")
        if not rates or tokens[i].word in ("every", "each") or per is None:  # 'a post every metre': one at the end?
            raise NotUnderstood(i, "a count of things per a measure")  # 'bags per square metre': an area unread
        return per, i + 2
    if tokens[i].word not in ("a", "an", "per", "every", "each") or tokens[i + 1].kind != "word":
        return None, i
    per = lookup(tokens[i + 1].word, short=False)
    if per is None or per.dimension != "time" or per.per is not None:
        return None, i
    return per, i + 2


def _per_measure(tokens: list[Token], i: int) -> bool:
    """'4 bags per hectare', '5 tins/m2', '2 posts every metre': a count of things for each unit of a measure other
    than time, which only a reading by units scales by the measure's amount."""
    short = tokens[i].word == "per" or tokens[i].text == "/"
    if not short and tokens[i].word not in ("a", "an", "every", "each"):
        return False
    k = i + 2 if tokens[i + 1].word in ("square", "sq", "cubic") else i + 1
    per = lookup(tokens[k].word, short=short) if tokens[k].kind == "word" else None
    return per is not None and per.dimension not in ("time", "temperature") and not is_money(per) and per.per is None
