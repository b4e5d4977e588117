"""An amount shared out in whole units, with what is left over: 'I'm giving £250 to my three grandchildren, the
same whole number of pounds each. How much does each get and how much is left over?' → £83 each, £1 left over.

Two numbers: the amount (money in whole pounds or dollars, or a count of things) and how many share it (a count of
people, or the number after 'between', 'among' or 'by'). The request says the shares are whole ('whole number',
'whole pounds') or asks what is left over, and the question asks for each share. Each gets the whole part of the
amount over the sharers; the remainder is said beside it. Pence in the amount, a third number or a percentage
decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_WHOLE = ("whole number", "whole pounds", "whole dollars", "whole euros", "whole amount", "whole numbers",
          "no coins", "no pennies", "no change", "in notes")  # fmt: skip
_LEFT = ("left over", "leftover", "remainder", "remaining", "left")
_SHARED_BY = frozenset("between among amongst by to".split())
_SPOILERS = frozenset("more less except plus minus percent half twice double keep kept already extra".split())


def solve_whole_shares(tokens: list[Token], start: int) -> Solution | None:
    """Each one's whole share and what is left over; None when the request is not that."""
    asked = question_words(tokens, start)
    if "each" not in asked or not any(word in asked for word in ("left", "leftover", "remainder", "over")):
        return None
    if not has_word(tokens, start, *_WHOLE, *_LEFT) or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = read_givens(tokens, start)
    if len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    sharers = [g for g in givens if _shared_by(g)] or [g for g in givens if _shares(g)]
    if len(sharers) != 1 or not _shares(sharers[0]):
        return None
    count = Fraction(sharers[0].quantity.value)
    whole = next(g for g in givens if g is not sharers[0]).quantity
    money = whole.measure is not None and is_money(whole.measure)
    if whole.measure is not None and not money or whole.measure is not None and whole.measure.per is not None:
        return None
    amount = Fraction(whole.value)
    if count < 2 or not numbers.is_integer(count) or not numbers.is_integer(amount) or amount < count:
        return None
    each = amount // count
    left = amount - each * count
    shown_each, shown_left = _shown(each, whole), _shown(left, whole)
    steps = [
        f"{_shown(amount, whole)} ÷ {numbers.format_number(count)} = {numbers.format_number(amount / count)}",
        f"{shown_each} each in whole units: {shown_each} × {numbers.format_number(count)} = "
        f"{_shown(each * count, whole)}, {shown_left} left over",
    ]
    answer = f"{shown_each} each, {shown_left} left over"
    solution = Solution(answer, each, "whole shares", f"{_shown(amount, whole)} ÷ {count}", steps)
    solution.values = {"each": each, "left over": left}
    solution.notes.append("each share is a whole number; what cannot be shared evenly is left over")
    return solution


def _shares(given: Given) -> bool:
    """The number counts who share: 'my three grandchildren', 'between 4', '5 people'."""
    q = given.quantity
    if q.measure is not None or q.percent:
        return False
    return bool(given.noun) or bool(given.before[-1:]) and given.before[-1] in _SHARED_BY


def _shared_by(given: Given) -> bool:
    """'between 5 children', 'to my three grandchildren': the count said after a word of sharing."""
    return given.quantity.measure is None and any(word in _SHARED_BY for word in given.before[-2:])


def _shown(value: Real, like: Quantity) -> str:
    if like.measure is None:
        return numbers.format_number(value)
    return show(Quantity(value, like.measure)).removesuffix(".00")
