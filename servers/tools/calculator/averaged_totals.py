"""A total from a count and the average of one: '62 000 fish, avg weight 3.8 kg. Biomass in tonnes?' is 235.6
tonnes; 'the pen holds 62,000 salmon averaging 3.8 kg, how many tonnes in all?' is the same.

The average of one thing, times how many there are, is all of them together. Read only when the request gives
exactly a count and one measure said as an average of it ('average', 'avg', 'averaging', 'mean', 'on average'),
and asks for the whole: in a unit of that measure ('in tonnes', 'how many tonnes') or as a total ('total',
'biomass', 'altogether', 'in all'). A question that asks for an average, a price, a percentage, or a word that
changes the count (some died, more added) is another problem and is declined here.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_AVERAGED = frozenset("average avg averaging averages averaged mean".split())
_WHOLE = frozenset("total biomass altogether all combined overall together whole".split())
_SPOILERS = frozenset(
    "more less fewer left died dead lost loss mortality gain gained grow grows grew growth if after before each's "
    "remaining removed harvested sold price cost costs per_cent percent".split()
)


def solve_averaged_total(tokens: list[Token], start: int) -> Solution | None:
    """The count times the average said of one, in the unit asked; None when the request is not that."""
    if any(t.kind in ("currency", "clock", "date", "ordinal") or t.text == "%" for t in tokens[start:]):
        return None
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2:
        return None
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent]
    measures = [g for g in givens if g not in counts]
    if len(counts) != 1 or len(measures) != 1:
        return None
    count, each = counts[0], measures[0]
    measure = each.quantity.measure
    if measure is None or measure.per is not None or is_money(measure) or each.quantity.percent:
        return None
    n = Fraction(count.quantity.value)
    if not numbers.is_integer(n) or n <= 0 or not _averaged(tokens, count, each):
        return None
    asked = _asked(tokens, start, measure, each)
    if asked is None:
        return None
    total = n * Fraction(each.quantity.value)
    value = convert(total, measure, asked)
    expression = f"{numbers.format_number(n)} × {show(each.quantity, exact=True)}"
    steps = [f"{expression} = {show(Quantity(total, measure), exact=True)}"]
    if asked != measure:
        steps.append(f"{show(Quantity(total, measure), exact=True)} = {show(Quantity(value, asked), exact=True)}")
    return answer_for(Quantity(value, asked), "total from an average", expression, steps)


def _averaged(tokens: list[Token], count: Given, each: Given) -> bool:
    """'avg weight 3.8 kg', 'averaging 3.8 kg', '3.8 kg on average', 'mean weight of 3.8 kg'."""
    near = {*each.before[-3:], *count.after[:3]}
    after = [t.word for t in tokens[each.end : each.end + 3]]
    return bool(near & _AVERAGED) or after[:2] == ["on", "average"]


def _asked(tokens: list[Token], start: int, measure: Measure, each: Given) -> Measure | None:
    """The unit the whole is asked in, the measure's own for a total asked with no unit; None for anything else."""
    first = question_start(tokens, start)
    question = [t.word for t in tokens[first:] if t.kind == "word"]
    said = range(each.start - 4, each.end)
    if any(t.word in _AVERAGED and k not in said for k, t in enumerate(tokens[first:], first)):
        return None  # 'what is the average weight': the average is asked, not the whole
    units = [lookup(w, short=False) for w in question]
    named = [u for u in units if u is not None and u.per is None]
    if len(named) > 1 or named and named[0].key != measure.key:
        return None
    if named and ("in" in question or "many" in question):
        return named[0]
    return measure if set(question) & _WHOLE else None
