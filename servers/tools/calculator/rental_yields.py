"""A property's rental yield: the rent it brings in over a year as a percentage of what it cost. 'the flat brings in
14,400 a year in rent, expenses are 3,150 a year and it cost 240,000. What's the net yield as a percentage?' →
(14,400 − 3,150) ÷ 240,000 = 4.6875%.

The story gives the rent as an amount a period ('14,400 a year in rent', 'rents for £1,100 a month'), what the
property cost, with no period ('it cost 240,000', 'bought for £180,000'), and for a net yield the running costs
as an amount a period ('expenses are 3,150 a year', 'costs of £200 a month'). Rent and costs are counted over a
year as people count one (12 months, 52 weeks). The question asks for the yield: a *net* yield takes the costs
off the rent and needs them said; a *gross* yield, or a rental yield that says neither, is the rent alone and
declines when costs are given (which of the two is meant is then not said). A percentage, a mortgage, a tax, a
void period, a second price or any other number declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_RENT = frozenset("rent rents rental let lets letting brings bring income earns takes".split())
_COSTS = frozenset("expenses expense costs outgoings running maintenance upkeep bills charges".split())
_PRICE = frozenset("cost costs bought paid price purchase purchased worth valued value for".split())
_SPOILERS = frozenset(
    "mortgage tax taxes void vacant empty agent agency deposit loan interest after before minus plus except "
    "half twice only first".split()
)
_A_YEAR = {"year": 1, "annum": 1, "month": 12, "week": 52}
_PERIOD_WORDS = {"yearly": "year", "annually": "year", "pa": "year", "monthly": "month", "pcm": "month",
                 "weekly": "week", "pw": "week"}  # fmt: skip


def solve_rental_yield(tokens: list[Token], start: int) -> Solution | None:
    """The gross or net yield of a let property, as a percentage; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if "yield" not in asked or {"net", "gross"} <= set(asked):
        return None
    if any(t.word in _SPOILERS for t in tokens[start:]) or any(t.text == "%" and t.kind != "word" for t in tokens):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or not 2 <= len(givens) <= 3 or not all(_money_or_plain(g) for g in givens):
        return None
    periodic = [(g, _periods_a_year(g)) for g in givens]
    prices = [g for g, n in periodic if n is None and _said(g, _PRICE)]
    rents = [(g, n) for g, n in periodic if n is not None and _said(g, _RENT) and not _said(g, _COSTS)]
    costs = [(g, n) for g, n in periodic if n is not None and _said(g, _COSTS) and not _said(g, _RENT)]
    if len(prices) != 1 or len(rents) != 1 or len(costs) + 2 != len(givens) or len(costs) > 1:
        return None
    net = "net" in asked
    if net != bool(costs):
        return None  # a net yield without its costs, or costs given for a yield that does not say it is net
    price = Fraction(prices[0].quantity.value)
    rent = Fraction(rents[0][0].quantity.value) * rents[0][1]
    spent = Fraction(costs[0][0].quantity.value) * costs[0][1] if costs else Fraction(0)
    if price <= 0 or rent <= 0 or spent >= rent:
        return None
    share = Quantity(numbers.checked((rent - spent) / price), percent=True)
    money = _currency(givens)
    rent_shown, spent_shown, price_shown = (show(Quantity(v, money)) for v in (rent, spent, price))
    steps = [f"rent over a year: {rent_shown}"]
    if costs:
        steps.append(f"less costs over a year: {rent_shown} − {spent_shown} = {show(Quantity(rent - spent, money))}")
    expression = f"({rent_shown} - {spent_shown}) / {price_shown}" if costs else f"{rent_shown} / {price_shown}"
    steps.append(f"÷ the price {price_shown} = {show(share)}")
    kind = "net" if net else "gross"
    solution = answer_for(share, f"{kind} rental yield", expression, steps, suffix=f" {kind} yield")
    solution.notes.append(
        "the yield is a year's rent less the running costs over what the property cost"
        if net
        else "a gross yield is a year's rent over what the property cost, before any costs"
    )
    return solution


def _money_or_plain(g: Given) -> bool:
    m = g.quantity.measure
    return not g.quantity.percent and (m is None or is_money(m))


def _periods_a_year(g: Given) -> int | None:
    """How many of the given's period make a year ('a month': 12), or None when it is said of no period."""
    m = g.quantity.measure
    if m is not None and m.per is not None:
        return _A_YEAR.get(m.per.name)
    after = g.after[:2]
    if len(after) == 2 and after[0] in ("a", "an", "per", "each", "every") and after[1] in _A_YEAR:
        return _A_YEAR[after[1]]
    if after[:1] and after[0] in _PERIOD_WORDS:
        return _A_YEAR[_PERIOD_WORDS[after[0]]]
    return None


def _said(g: Given, words: frozenset[str]) -> bool:
    """Said of the given: a word of ``words`` among the words before it or after it up to a joining word ('14,400
    a year in rent', not '$2,000 a month and expenses')."""
    after: list[str] = []
    for word in g.after[:4]:
        if word in ("and", "but", "while", "plus", "then"):
            break
        after.append(word)
    return bool(words & {*g.before, *after})


def _currency(givens: list[Given]) -> Measure | None:
    """The money the amounts are in, as a plain amount (not a period's), or None when none is named."""
    for g in givens:
        m = g.quantity.measure
        if m is not None and is_money(m):
            factor = m.factor * m.per.factor if m.per is not None else m.factor  # '£1,100 a month' is pounds
            return Measure(m.name, m.dimension, factor, m.symbol)
    return None
