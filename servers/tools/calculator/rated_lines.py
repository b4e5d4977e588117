"""A price per unit and the usage it is paid on, for the purchase reader: '$0.142 per kWh' with '845 kWh', '£18 a
tin' with 'three tins', '$25 a month' with '12 months'. What a rate is per, whether a usage is in the rate's unit
(calendar units only when the same: months against weeks vary), and whether a rate and an amount chain into one
line.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import Measure, is_money, singular
from servers.tools.calculator.tokens import Token


def chains(rated: Given, other: Given, per: Measure) -> bool:
    """A rate and an amount that make one line: '2 kg a day' with '30 days' at a price per kg."""
    top, amount = rated.quantity.measure, other.quantity.measure
    if top is None or top.per is None or amount is None or amount.per is not None or is_money(top):
        return False
    return top.dimension == per.dimension and amount.dimension == top.per.dimension and not other.quantity.percent


def per_word(g: Given) -> str | None:
    """The thing or unit a price is per, said after it: '£18 a tin', '1.50 an hour', '10 cents for every text'."""
    if len(g.after) >= 2 and g.after[0] in ("a", "an", "per", "each", "every") and g.after[1].isalpha():
        return g.after[1]
    if len(g.after) >= 3 and g.after[:2] in (("for", "every"), ("for", "each")) and g.after[2].isalpha():
        return g.after[2]
    return None


_NAMING = frozenset(
    "a an and or the in on at for to of from by per each every plus is are was were it with towards toward into onto "
    "over off my our your his her their".split()
)
"""Words that cannot name an extra: 'for', 'plus' or 'with' open another phrase, not the extra's name."""


def named_per_word(g: Given) -> str | None:
    """The thing or unit a named extra is per, its name said between: '£15 parking each night', '$4 booking fee per
    ticket', '£2 delivery every week'. A price each named is a price per one of a count, not a line of its own."""
    for named in (1, 2):  # 'a' after a name is too often an article ('$8 towards a gift') to count
        words = g.after[named:]
        if len(words) < 2 or any(w in _NAMING or not w.isalpha() for w in g.after[:named]):
            continue
        if words[0] in ("each", "per", "every") and words[1].isalpha() and words[1] not in _NAMING:
            return words[1]
    return None


def per_asked(tokens: list[Token], at: int, givens: list[Given]) -> bool:
    """A 'per' in the question from ``at`` that is no given's own: '£20 valet parking per night' is the price's."""
    owned = {k for g in givens for k in range(g.end, g.end + min(len(g.after), 3))}
    return any(t.word == "per" and k not in owned for k, t in enumerate(tokens[at:], at))


def one_period(tokens: list[Token], period: str) -> bool:
    """'last month', 'this month': the story is about one period of a charge made per period."""
    return any(
        a.word in ("last", "this", "that") and singular(b.word) == period
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def usage_in(usage: Given, per: Measure) -> Fraction | None:
    """The usage in the rate's unit; calendar units ('12 months' at '$25 a month') only when they are the same."""
    measure = usage.quantity.measure
    assert measure is not None
    if measure.name == per.name:
        return Fraction(usage.quantity.value)
    if per.dimension == "time" and not {measure.name, per.name} <= {"second", "minute", "hour"}:
        return None  # months against weeks or days vary; the reader does not pick a calendar
    return Fraction(usage.quantity.value) * measure.factor / per.factor
