"""A price each for a group counted in two parts: '12 kids coming plus my two, party bags are £3.75 each, how much
for the bags?' → (12 + 2) × £3.75 = £52.50.

The story counts people ('12 kids', '20 guests') and then more of them with 'plus' or 'and' and an owner ('plus my
two', 'and our three'), whose noun is left unsaid because it is the first count's; then gives one price each of
the thing bought for every one of them ('party bags are £3.75 each'). The question asks how much for that thing or
in all. A second price, a count with a noun of its own, or a share asked of each declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("my our his her their own".split())
_JOINS = frozenset("plus and".split())
_SPOILERS = frozenset(
    "minus except without not only half free discount off tax vat fee fees tip delivery postage extra spare "
    "share split each per between among already".split()
)


def solve_added_heads(tokens: list[Token], start: int) -> Solution | None:
    """The price each times everyone counted in two parts; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    asked = question_words(tokens, start)
    if not has_phrase(asked, "how much") or set(asked) & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start, 3)
    if givens is None:
        return None
    first, more, price = givens
    if first.noun != "people" or first.quantity.measure is not None or more.noun or more.quantity.measure is not None:
        return None
    said = [w for w in more.before if w != "own"]  # 'plus my own two'
    if not said or said[-1] not in _OWNERS or len(said) < 2 or said[-2] not in _JOINS:
        return None  # 'plus my two': more of the same people, said with an owner
    if not is_money(price.quantity.measure) or price.quantity.measure.per is not None or not price.per_each:
        return None
    if price.start < more.end or price.start > question_start(tokens, start):
        return None
    between = [t for t in tokens[more.end : price.start] if t.kind == "word"]
    story = {t.word for t in tokens[start : question_start(tokens, start)] if t.kind == "word"}
    if story & _SPOILERS - {"each"} or any(t.word in _JOINS for t in between):
        return None
    item = [w for w in price.before if w not in ("are", "is", "cost", "costs", "at", "the", "a")]
    named = {singular(w) for w in asked}
    if item and not named & {singular(w) for w in item} and not {"total", "altogether", "all"} & set(asked):
        return None  # the question asks about something else than the thing priced
    n = Fraction(first.quantity.value) + Fraction(more.quantity.value)
    if not numbers.is_integer(n) or n <= 0:
        return None
    total = Quantity(numbers.checked(n * Fraction(price.quantity.value)), price.quantity.measure)
    counted = f"{numbers.format_number(first.quantity.value)} + {numbers.format_number(more.quantity.value)}"
    steps = [
        f"{counted} = {numbers.format_number(n)}",
        f"{numbers.format_number(n)} × {show(price.quantity, exact=True)} = {show(total, exact=True)}",
    ]
    solution = answer_for(total, "price each for everyone", f"({counted}) * {show(price.quantity)}", steps)
    solution.notes.append("everyone counted, the second count being more of the first")
    return solution
