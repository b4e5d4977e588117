"""A charge already in an amount: 'A restaurant bill of £64 includes a 12.5% service charge. How much was the
service charge?' is £64 − £64 ÷ 1.125 = £7.11, not 12.5% of £64 (£8) nor £64 + 12.5% (£72).

One amount of money and one percentage, the percentage named as a charge on top of a price (a service charge, a
tip or gratuity, VAT, GST or tax) and said to be in the amount: 'includes a 12.5% service charge', 'including 20%
VAT', 'VAT included at 20%', 'with a 10% service charge already included', 'inclusive of 15% service'. The question
asks either the charge ('how much was the service charge?') or the amount without it ('the bill before service',
'without the tip'). Any other number, a charge said to be added ('plus', 'on top', 'not included', 'excluding'), or
a question asking neither leaves the request to the other readers. A percentage beside a charge with no word of
inclusion ('A price of £240 has VAT at 20%') is not read here: the usual reading puts it on top of the price.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_CHARGES = {"service": "service charge", "tip": "tip", "gratuity": "gratuity", "vat": "VAT", "gst": "GST",
            "tax": "tax", "sales": "tax"}  # fmt: skip
_INCLUDING = frozenset({"includes", "including", "include", "included", "incl", "inc", "inclusive"})
_AFTER_INCLUDED = frozenset({"included", "inclusive", "incl", "inc"})  # '20% VAT included', '10% service inc.'
_BETWEEN = frozenset({"a", "an", "the", "of", "already", "at", "@", "charge", "charges", "tax", "."})
_ADDED = frozenset({"plus", "+", "excluding", "exclusive", "excl", "ex", "not", "isn't", "doesn't", "top", "extra"})
_TASKS = frozenset({"please", "state", "calculate", "work", "find", "give", "tell", "show", "what's", "what"})
_WITHOUT = frozenset({"before", "without", "excluding", "ex", "net", "pre-tax", "pretax", "pre-vat", "original"})


def solve_included_charge(tokens: list[Token], start: int) -> Solution | None:
    """The charge in an amount that includes it, or the amount without it; None when the request is not that."""
    words = [t.word or t.text for t in tokens]
    if any(w in _ADDED for w in words[start:]):
        return None
    try:
        givens = read_givens(tokens, start)
    except (NotUnderstood, ToolInputError):  # dates or clock times, or too many numbers: not this request
        return None
    givens = _without_repeats(givens)
    amounts = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    rates = [g for g in givens if g.quantity.percent]
    if len(givens) != 2 or len(amounts) != 1 or len(rates) != 1:
        return None
    rate, total = rates[0], amounts[0].quantity
    charge = _charge_named(words, rate.start, rate.end)
    if charge is None or not _included(words, start, rate.start, rate.end):
        return None
    question = question_start(tokens, start)
    first = min(rate.start, amounts[0].start)
    if question <= first and _TASKS & set(words[: start + 1]):
        asked = words[start:first]  # 'State the VAT element of takings of £1,440, which include VAT at 20%'
    elif question <= max(rate.end, amounts[0].end) - 1:
        return None  # the question is not after the givens: '... how much of it is VAT at 20%' is read elsewhere
    else:
        asked = words[question:]
    factor = 1 + Fraction(rate.quantity.value)
    before = numbers.checked(Fraction(total.value) / factor)
    working = f"{show(total, exact=True)} ÷ {numbers.format_number(factor)}"
    steps = [f"the amount is the price × (1 + {show(rate.quantity)}), so the price is {working} = "
             f"{show(Quantity(before, total.measure), exact=True)}"]  # fmt: skip
    if any(w in _WITHOUT for w in asked):
        solution = answer_for(Quantity(before, total.measure), "price before a percentage", working, steps)
    elif any(w in _CHARGES for w in asked) or "charge" in asked:
        part = numbers.checked(Fraction(total.value) - before)
        steps.append(f"{charge} = {show(total, exact=True)} − {show(Quantity(before, total.measure), exact=True)} = "
                     f"{show(Quantity(part, total.measure), exact=True)}")  # fmt: skip
        expression = f"{show(total, exact=True)} - {working}"
        solution = answer_for(Quantity(part, total.measure), charge, expression, steps, suffix=f" {charge}")
        solution.notes.append(f"the price before it was {show(Quantity(before, total.measure))}")
    else:
        return None
    solution.notes.append(f"the {charge} is already in {show(total)}, so it is worked back, not added on")
    return solution


def _without_repeats(givens: list[Given]) -> list[Given]:
    """The givens without an amount said again to name it ('How much of the £11.50 is VAT?'): the same figure in
    the same money, after its first telling."""
    kept: list[Given] = []
    for given in givens:
        again = any(g.quantity == given.quantity and is_money(g.quantity.measure) for g in kept)
        if not again or given.before[-2:-1] not in (("of",), ("in",)) and given.before[-1:] not in (("of",), ("in",)):
            kept.append(given)
    return kept


def _charge_named(words: list[str], first: int, end: int) -> str | None:
    """The charge the percentage is: named after it ('12.5% service charge') or before it ('VAT at 20%', and 'VAT 21%'
    when 'included' follows)."""
    for word in words[end : end + 2]:
        if word in _CHARGES:
            return _CHARGES[word]
    if first >= 2 and words[first - 1] in ("at", "of", "@") and words[first - 2] in _CHARGES:
        return _CHARGES[words[first - 2]]
    if first >= 1 and words[first - 1] in _CHARGES and any(w in _AFTER_INCLUDED for w in words[end : end + 2]):
        return _CHARGES[words[first - 1]]  # 'VAT 21% included'
    return None


def _included(words: list[str], start: int, first: int, end: int) -> bool:
    """A word of inclusion just before the percentage ('includes a 12.5%', 'including VAT at 20%') or just after
    its charge ('10% service charge already included')."""
    k = first - 1
    while k >= start and first - k <= 5 and (words[k] in _BETWEEN or words[k] in _CHARGES):
        k -= 1
    if k >= start and words[k] in _INCLUDING:
        return True
    return any(w in _AFTER_INCLUDED for w in words[end : end + 5])
