"""A price each with a charge each on top, for one or for a count of them: 'theatre tickets at $37.50 each plus a $6
booking fee per ticket — the cost per person?' → $43.50; 'School trip is £27 each plus a £5 coach fee each and I have
3 going. total?' → 3 × (£27 + £5) = £96.

The request gives two amounts in one currency, each said of one ('each', 'per ticket', 'a head'), the second added
to the first ('plus', 'and', '+'), and at most one count of who or what they are paid for ('I have 3 going', 'for 30
children'). With a count, the question asks the total; without one it asks what one costs ('per person', 'each',
'how much each'), one ticket or place a person. A third amount, a percentage, or a word that takes away, shares or
changes the price ('discount', 'split', 'except', 'half', 'free') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_EACH = frozenset({"each", "apiece", "pp"})
_PER = frozenset({"per", "a"})
_ADDED = frozenset({"plus", "and", "+", "with"})
_SPOILERS = frozenset(
    "discount off split share shared between among minus less except free half not no only instead refund saved "
    "save deposit tip percent percentage tax vat than more cheaper dearer already paid left remaining but or "
    "every week weeks month months year years day days night nights hour hours".split()
)
"""Words that change the price or make it a rate; a stay by the night or a wage by the hour is another reading."""
_TOTAL = frozenset("total altogether all whole cost bill much".split())
_ONE = frozenset({"person", "head", "each", "child", "ticket", "pupil", "kid", "student", "member", "guest"})
_ONES = {"children": "child", "people": "person", "kids": "kid"}
_GENERIC = frozenset({"going", "coming", "of", "person"})
"""Counts that name no kind ('3 going', '4 of us'): a price per child or per ticket is for each of them."""
_COUNTED = frozenset("going coming of children kids people pupils students tickets guests members adults".split())


def solve_each_sum(tokens: list[Token], start: int) -> Solution | None:
    """The price of one with its charge each, or of a count of them; None for anything else."""
    window = request_window(tokens, start, 60)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    prices: list[tuple[Fraction, int, int]] = []  # value, where its sign is, where its 'each' ends
    count: tuple[Fraction, int] | None = None
    codes: set[str] = set()
    k = start
    while k < end:
        t = tokens[k]
        if t.kind == "currency":
            number = tokens[k + 1]
            if number.kind != "number" or not number.attached or tokens[k + 2].text == "%":
                return None
            codes.add(t.value)
            each_end = _each_after(tokens, k + 2)
            if each_end is None:
                return None
            prices.append((Fraction(number.value), k, each_end))
            k = each_end
            continue
        if t.kind == "number":
            if count is not None or t.text == "%" or tokens[k + 1].text == "%":
                return None
            count = (Fraction(t.value), k)
        elif t.word in _SPOILERS or t.text == "%" or t.kind not in ("word", "symbol"):
            return None
        k += 1
    if len(prices) != 2 or len(codes) != 1 or not _joined(tokens, prices[0][2], prices[1][1]):
        return None
    if len({per for per in _pers(tokens, prices) if per is not None}) > 1:
        return None  # '£30 per adult plus £10 per child': two kinds of one, counted apart
    asked = {t.word for t in tokens[prices[1][2] : end]} | {t.word for t in tokens[start : prices[0][1]]}
    one = sum(p for p, _, _ in prices)
    money = currency(codes.pop())
    shown = [show(Quantity(p, money), exact=True) for p, _, _ in prices]
    each = f"{shown[0]} + {shown[1]} = {show(Quantity(one, money), exact=True)} each"
    if count is None:
        if not asked & _ONE:
            return None  # nothing asked of one: the total of how many?
        solution = answer_for(Quantity(one, money), "price each with a charge", f"{shown[0]} + {shown[1]}", [each])
        solution.notes.append("the price and the charge are each per one (one ticket or place a person)")
        return solution
    n, at = count
    if n.denominator != 1 or n <= 0 or not _counts(tokens, at) or not asked & _TOTAL or asked & _ONE:
        return None  # 'how much each' of 4 going: the price of one, or their total shared?
    counted = _ONES.get(tokens[at + 1].word, singular(tokens[at + 1].word))
    if any(per not in (None, counted) for per in _pers(tokens, prices)) and counted not in _GENERIC:
        return None  # '2 adults at £30 each plus £10 per child': the children are never counted
    total = numbers.checked(n * one)
    steps = [each, f"{numbers.format_number(n)} × {show(Quantity(one, money), exact=True)} = "
                   f"{show(Quantity(total, money), exact=True)}"]  # fmt: skip
    expression = f"{numbers.format_number(n)} * ({shown[0]} + {shown[1]})"
    return answer_for(Quantity(total, money), "price each with a charge", expression, steps)


def _each_after(tokens: list[Token], at: int) -> int | None:
    """Where the words saying an amount is of one end: '£27 each', '$6 booking fee per ticket', '£5 a head'."""
    k = at
    for _ in range(4):
        word = tokens[k].word
        if word in _EACH:
            return k + 1
        if word in _PER and tokens[k + 1].kind == "word" and singular(tokens[k + 1].word) in _ONE | {"ticket"}:
            return k + 2
        if tokens[k].kind != "word" or word in _ADDED or word in _SPOILERS:
            return None
        k += 1  # 'coach fee', 'booking fee'
    return None


def _joined(tokens: list[Token], after_first: int, second: int) -> bool:
    """'£27 each plus a £5 ...': the second amount added right after the first one's 'each'."""
    between = [t for t in tokens[after_first:second] if t.text != ","]
    words = [t.word for t in between]
    return bool(words) and words[0] in _ADDED and all(w in ("a", "an", "the", "for") for w in words[1:])


def _counts(tokens: list[Token], at: int) -> bool:
    """'I have 3 going', 'for 30 children', '3 of them': the count is of who or what the price is paid for."""
    return tokens[at + 1].word in _COUNTED or tokens[at - 1].word == "for" and tokens[at + 1].kind != "word"


def _pers(tokens: list[Token], prices: list[tuple[Fraction, int, int]]) -> list[str | None]:
    """What each price is said per ('child' for 'per child'), or None for 'each'."""
    said: list[str | None] = []
    for _, _, end in prices:
        word = tokens[end - 1].word
        said.append(None if word in _EACH else _ONES.get(word, singular(word)))
    return said
