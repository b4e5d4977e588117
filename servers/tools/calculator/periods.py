"""Money named by its period: 'my hourly wage is $25', 'the annual bill of £14,400', '£186.40 for the quarter' —
an amount that is a rate over time, said by an adjective before it or a phrase after it; and the same adjectives
asking for a period ('what's the monthly charge per flat').
"""

from __future__ import annotations

from servers.tools.calculator.quantities import Measure, Quantity, is_money, known, lookup, rate
from servers.tools.calculator.tokens import Token

ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
            "hourly": "hour", "fortnightly": "fortnight"}  # fmt: skip
"""'How much is that annually', 'what do I earn weekly': the period asked for, said as an adverb after the same
words that ask 'a year' ('that a year', 'earn a week')."""

ADJECTIVES = ADVERBS | {"annual": "year"}
PERIODIC = frozenset(
    "salary income pay wage wages earnings cost costs rent bill spend budget rate fee charge charges amount payment "
    "payments premium subscription insurance membership licence license".split()
)
"""'What is my annual salary', 'the weekly cost': an amount of money asked for by its period."""


def periodic_after(tokens: list[Token], i: int) -> bool:
    """The adjective at ``i`` names the period of an amount: right before it ('monthly rent') or before one plain
    word and it ('monthly service charge', 'weekly pizza budget')."""
    if tokens[i + 1].word in PERIODIC:
        return True
    plain = tokens[i + 1].kind == "word" and tokens[i + 1].word.isalpha() and lookup(tokens[i + 1].word) is None
    return plain and tokens[i + 1].word not in _NOT_NOUNS and tokens[i + 2].word in PERIODIC


def named_period(tokens: list[Token], i: int, quantity: Quantity) -> Quantity:
    """'My hourly wage is $25', 'the monthly rent of £900': money named by its period before it is a rate."""
    if not is_money(quantity.measure) or i < 3 or (tokens[i - 1].word or tokens[i - 1].text) not in _NAMING:
        return quantity
    if tokens[i - 2].word not in PERIODIC:
        return quantity
    back = 3 if tokens[i - 3].word in ADJECTIVES else 4  # 'the annual service charge of £1,200'
    if i < back or tokens[i - back].word not in ADJECTIVES or not periodic_after(tokens, i - back):
        return quantity
    period = lookup(ADJECTIVES[tokens[i - back].word], short=False)
    assert quantity.measure is not None and period is not None
    return Quantity(quantity.value, rate(quantity.measure, period))


QUARTER = Measure("quarter", "time", 3 * known("month").factor)
"""Three months: the period bills are often said by ('£186.40 for the quarter', '£120 a quarter')."""
_QUARTERS = (("a", "quarter"), ("per", "quarter"), ("every", "quarter"), ("each", "quarter"), ("quarterly",),
             ("for", "the", "quarter"))  # fmt: skip


def per_quarter(tokens: list[Token], i: int, quantity: Quantity) -> tuple[Quantity, int]:
    """'£186.40 for the quarter', '£120 a quarter': money per three months."""
    if not is_money(quantity.measure):
        return quantity, i
    for phrase in _QUARTERS:
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)) and tokens[i + len(phrase)].word != "of":
            return Quantity(quantity.value, rate(quantity.measure, QUARTER)), i + len(phrase)
    return quantity, i


_NAMING = frozenset({"is", "was", "of", "=", ":"})


_NOT_NOUNS = frozenset(
    "a an and or the in on at for to of from by per each is are was were it this that then more less than total "
    "what how which out".split()
)
"""Words that are never the noun an amount names: the same as ``givens`` reads past."""
