"""Earnings at a day rate over the days worked, and the share of them set aside: 'Day rate £450. I worked 17 days in
Q1 and 21 days in Q2. I set aside 28% of what I earn for tax. How much should be set aside?' → 17 + 21 = 38 days;
38 × £450 = £17,100; 28% of £17,100 = £4,788.

The request gives one day rate ('Day rate £450', '£450 a day', 'a daily rate of $600'), one or more numbers of days
worked ('17 days in Q1 and 21 days in Q2': a quarter's name is a label, not a number) and perhaps one percentage
set aside ('set aside 28%', 'put 25% away for tax', 'save 10%'). The question asks what is set aside, what is
earned ('how much did I earn', 'total'), or what is left after the share ('how much do I keep'); a percentage the
question leaves out, a second rate, or a day rate said by another period declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_ASIDE = frozenset("aside away save saves saving put keep back reserve reserved tax".split())
_ASIDE_ASKED = frozenset("aside away save saved reserve reserved tax".split())
_EARNED = frozenset("earn earned earnings total gross make made bill billed invoice invoiced".split())
_LEFT = frozenset("left keep kept remaining remains net after".split())
_SPOILERS = frozenset("hour hours hourly week weekly month monthly overtime expenses plus minus except each".split())


def solve_day_rate(tokens: list[Token], start: int) -> Solution | None:
    """Earnings at a day rate, or the share set aside of them, or what is left; None unless exactly that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or not ({"day", "daily"} & words):
        return None
    kept = [t for k, t in enumerate(tokens) if not _quarter_label(tokens, k)]
    givens = givens_or_none(kept, start)
    if not givens:
        return None
    rates = [g for g in givens if _day_rate(g)]
    days = [g for g in givens if _days(g)]
    shares = [g for g in givens if g.quantity.percent]
    if len(rates) != 1 or not days or len(shares) > 1 or len(rates) + len(days) + len(shares) != len(givens):
        return None
    if shares and not (_ASIDE & set(shares[0].before + shares[0].after) and 0 < shares[0].quantity.value < 1):
        return None
    rate = rates[0].quantity
    assert rate.measure is not None
    money = Measure(rate.measure.name, rate.measure.dimension, Fraction(1), rate.measure.symbol)
    asked = set(question_words(kept, start))
    total_days = sum((Fraction(g.quantity.value) for g in days), Fraction(0))
    earned = total_days * Fraction(rate.value)
    daily = show(Quantity(rate.value, money), exact=True)
    steps: list[str] = []
    if len(days) > 1:
        steps.append(f"{' + '.join(str(g.quantity.value) for g in days)} = {total_days} days")
    steps.append(f"{total_days} × {daily} = {show(Quantity(earned, money), exact=True)}")
    expression = f"{total_days} * {daily}"
    if not shares:
        if not asked & _EARNED:
            return None
        return answer_for(Quantity(earned, money), "earnings at a day rate", expression, steps)
    share = Fraction(shares[0].quantity.value)
    if asked & _ASIDE_ASKED and not asked & _LEFT:
        aside = earned * share
        steps.append(f"{percent(shares[0].quantity)} of {show(Quantity(earned, money), exact=True)} = "
                     f"{show(Quantity(aside, money), exact=True)}")  # fmt: skip
        return answer_for(Quantity(aside, money), "share of day-rate earnings", f"{expression} * {share}", steps)
    if asked & _LEFT and not asked & _ASIDE_ASKED - {"tax"}:
        left = earned * (1 - share)
        steps.append(f"{show(Quantity(earned, money), exact=True)} − {percent(shares[0].quantity)} = "
                     f"{show(Quantity(left, money), exact=True)}")  # fmt: skip
        return answer_for(
            Quantity(left, money), "day-rate earnings after a share", f"{expression} * {1 - share}", steps
        )
    return None


def _quarter_label(tokens: list[Token], k: int) -> bool:
    """'Q1', 'q3': a quarter's name, in two tokens (the letter and the number attached to it)."""
    token = tokens[k]
    if token.word == "q" and k + 1 < len(tokens):
        after = tokens[k + 1]
        return after.kind == "number" and after.attached and after.value in (1, 2, 3, 4)
    return (
        token.kind == "number"
        and token.attached
        and k > 0
        and tokens[k - 1].word == "q"
        and token.value in (1, 2, 3, 4)
    )


def _day_rate(given: Given) -> bool:
    measure = given.quantity.measure
    if measure is None or not is_money(measure):
        return False
    if measure.per is not None:
        return measure.per.name == "day"
    pairs = zip(given.before, given.before[1:], strict=False)
    return any(pair in (("day", "rate"), ("daily", "rate")) for pair in pairs)  # 'my day rate is £450'


def _days(given: Given) -> bool:
    measure = given.quantity.measure
    return measure is not None and measure.name == "day" and measure.per is None
