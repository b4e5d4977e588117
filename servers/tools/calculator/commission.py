"""Pay with a commission on sales above a threshold: 'Base pay is $2,000 a month plus 6% commission on everything I
sell over $10,000. I sold $34,500 this month. What's my total pay?' → $2,000 + 6% × ($34,500 − $10,000) = $3,470.

The story gives one percentage, said to be commission; the threshold, the amount after 'over', 'above', 'beyond',
'exceeding' or 'more than'; the sales ('I sold', 'my sales were', 'if I sell'); and at most one more amount, the
base pay. All in one currency, and nothing else. Commission is paid only on the part of the sales over the
threshold (none when the sales do not reach it), and the answer says so. The question asks for the pay (base plus
commission) or for the commission alone. A base pay for one period with sales said for another ('$500 a week', 'this
month'), a second rate, a bonus or a deduction declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_OVER = frozenset("over above beyond exceeding exceeds".split())
_OVER_PHRASES = (("more", "than"), ("excess", "of"), ("greater", "than"), ("higher", "than"))
"""The words right before the threshold: 'over $10,000', 'more than', 'in excess of'."""
_SALES = frozenset("sold sell sells selling sales sale turnover made brought".split())
_SPOILERS = frozenset(
    "bonus bonuses tax taxes deduct deducted deduction minus less tier tiers then fee fees expenses up to capped cap "
    "each".split()
)
_PERIODS = frozenset("week month year day fortnight quarter weekly monthly yearly annual annually daily".split())
_PAY = frozenset("pay paid earn earns earned earnings salary wage total income take get make".split())


def solve_commission(tokens: list[Token], start: int) -> Solution | None:
    """Base pay plus commission on the sales over a threshold, or the commission; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if "commission" not in words or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rates = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if is_money(g.quantity.measure)]
    if len(rates) != 1 or len(amounts) + 1 != len(givens) or not 0 < rates[0].quantity.value < 1:
        return None
    if any(_priced_per(g) for g in amounts):
        return None  # '$50 per sale': a payment per something, not a base, a threshold or the sales
    if "commission" not in (*rates[0].before[-2:], *rates[0].after[:1]):
        return None  # the percentage is not the commission ('6% tax', '6% of the profit as commission')
    thresholds = [g for g in amounts if g.before[-1:] and g.before[-1] in _OVER or g.before[-2:] in _OVER_PHRASES]
    if len(thresholds) != 1:
        return None
    sales = [g for g in amounts if g not in thresholds and _SALES & set(g.before) and not _rate(g)]
    if len(sales) != 1:
        return None
    bases = [g for g in amounts if g not in thresholds and g not in sales]
    if len(bases) > 1 or not _one_currency(amounts) or bases and not _periodic(bases[0]):
        return None
    threshold, sold = thresholds[0], sales[0]
    if _rate(threshold) or bases and not _same_period(tokens, start, bases[0]):
        return None
    question = set(question_words(tokens, start))
    only_commission = "commission" in question and not question & {"total", "altogether", "overall"}
    if not only_commission and not (_PAY & question and bases):
        return None
    return _pay(rates[0].quantity, threshold.quantity, sold.quantity, None if only_commission else bases[0])


def _pay(rate: Quantity, threshold: Quantity, sold: Quantity, base: Given | None) -> Solution:
    measure = sold.measure
    over = max(Fraction(sold.value) - Fraction(threshold.value), Fraction(0))
    commission = numbers.checked(over * Fraction(rate.value))
    steps = [
        f"{show(sold, exact=True)} − {show(threshold, exact=True)} = {show(Quantity(over, measure), exact=True)} "
        f"over the threshold"
        if over > 0
        else f"{show(sold, exact=True)} does not reach {show(threshold)}: nothing over the threshold",
        f"{percent(rate)} × {show(Quantity(over, measure), exact=True)} = "
        f"{show(Quantity(commission, measure), exact=True)} commission",
    ]
    expression = f"{percent(rate)} * ({show(sold)} - {show(threshold)})" if over > 0 else f"{percent(rate)} * 0"
    total = commission
    if base is not None:
        pay = Fraction(base.quantity.value)
        total = numbers.checked(pay + commission)
        steps.append(
            f"{show(Quantity(pay, measure), exact=True)} + {show(Quantity(commission, measure), exact=True)} = "
            f"{show(Quantity(total, measure), exact=True)}"
        )
        expression = f"{show(Quantity(pay, measure))} + {expression}"
    solution = answer_for(Quantity(total, measure), "pay with commission", expression, steps)
    solution.values = {"commission": commission, "total": total}
    solution.notes.append("commission is paid only on the part of the sales over the threshold")
    return solution


def _rate(g: Given) -> bool:
    return g.quantity.measure is not None and g.quantity.measure.per is not None


def _periodic(base: Given) -> bool:
    """Base pay is an amount, or an amount a period ('$2,000 a month'): not a rate per sale or per item."""
    per = base.quantity.measure.per if base.quantity.measure is not None else None
    return per is None or per.dimension == "time"


def _one_currency(amounts: list[Given]) -> bool:
    return len({g.quantity.measure.dimension for g in amounts if g.quantity.measure is not None}) == 1


def _same_period(tokens: list[Token], start: int, base: Given) -> bool:
    """The base pay's period ('$2,000 a month') is the only period said anywhere else ('this month'): the sales are
    for the period the base is paid for. A base with no period and a period said of the sales is the same."""
    measure = base.quantity.measure
    said = {
        t.word.removesuffix("ly") if t.word != "annually" and t.word != "annual" else "year"
        for i, t in enumerate(tokens[start:], start)
        if t.word in _PERIODS and not base.start <= i < base.end
    }
    said = {"day" if w == "dai" else w for w in said}
    if measure is None or measure.per is None:
        return len(said) <= 1
    return said <= {measure.per.name}


def _priced_per(g: Given) -> bool:
    """'£50 a night', '$50 per sale', '$20 each': a price of one of something, never a whole amount."""
    return g.per_each or g.after[:1] in (("a",), ("an",), ("per",), ("each",), ("every",), ("/",))
