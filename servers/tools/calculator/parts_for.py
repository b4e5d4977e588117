"""A percentage of an amount, said of what the part is for or of an amount told just before: 'Work out 18% of
£2,350 for the deposit' → £423.00; 'I take home £2,400 a month. Work out 30% of that for rent' → £720.00 a month.

Two numbers and nothing else: an amount and a percentage taken of it. Either the percentage is 'of' the amount
itself ('18% of £2,350'), or 'of that' ('of it', 'of this') with the amount said in the sentence before, which only
says whose amount it is and what it is ('I take home', 'my salary is', 'the bill came to'). A closing 'for' and a
name ('for the deposit', 'for rent') says what the part is for. Anything more — a second amount, a part of the rest,
a tax, people it is shared among, each one's part, a period of its own ('for the year') — is another problem and
declines the reading. The part keeps the amount's period ('£2,400 a month' → £720 a month).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_THAT = frozenset("that it this".split())
_OWNERS = frozenset("the a an my our his her their your its".split())
_SAID = frozenset(
    "i we he she they my our his her their the i've we've take home take-home takes earn earns make makes get "
    "gets got have has had is was are were comes came come to pay salary income wage wages budget bill total price "
    "cost costs amount turnover revenue sales takings profit".split()
)
"""The words of a sentence that only says whose amount it is and what it is ('I take home', 'the bill came to')."""
_ASKING = frozenset(
    "work out calculate calc compute find figure what what's whats is can could you please tell me how much and "
    "then now so give".split()
)
_NOT_PURPOSES = frozenset(
    "each every per all both whole rest remaining remainder everyone everybody us them me you total other another "
    "first second next last extra free more less tax vat tip interest discount".split()
)
_PURPOSE_WORDS = 3
_SENTENCE_ENDS = frozenset({".", "!", ";"})


def solve_part_for(tokens: list[Token], start: int) -> Solution | None:
    """The percentage of the amount, for its named purpose or of an amount said before; None unless exactly that."""
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    shares = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent]
    if len(shares) != 1 or len(amounts) != 1 or not 0 < shares[0].quantity.value <= 1:
        return None
    share, amount = shares[0], amounts[0]
    money = amount.quantity.measure
    if money is None or not is_money(money) or amount.quantity.value <= 0 or tokens[share.end].word != "of":
        return None
    if amount.start == share.end + 1:  # '18% of £2,350 for the deposit'
        end = _purpose_end(tokens, amount.end)
        if end is None or end == amount.end or not _asking(tokens, start, share.start):
            return None  # with no purpose it is plain arithmetic, read before this
    elif amount.end <= share.start and tokens[share.end + 1].word in _THAT:  # '... £2,400 a month. 30% of that'
        if _purpose_end(tokens, share.end + 2) is None or not _said_before(tokens, start, amount, share):
            return None
    else:
        return None
    rate = Fraction(share.quantity.value)
    part = Quantity(numbers.checked(Fraction(amount.quantity.value) * rate), money)
    steps = [f"{show(share.quantity)} of {show(amount.quantity, exact=True)} = {show(part, exact=True)}"]
    solution = answer_for(part, "percentage of an amount", f"{show(share.quantity)} of {show(amount.quantity)}", steps)
    solution.notes.append("the part at its percentage of the amount given")
    return solution


def _purpose_end(tokens: list[Token], i: int) -> int | None:
    """The end of the request when what follows ``i`` is nothing or 'for' a name ('for the deposit', 'for rent');
    ``i`` itself when nothing follows; None when anything else does."""
    if tokens[i].kind == "end":
        return i
    if tokens[i].word != "for":
        return None
    j = i + 1 + (tokens[i + 1].word in _OWNERS)
    head = j
    while j < head + _PURPOSE_WORDS and _plain(tokens[j]):
        j += 1
    return j if j > head and tokens[j].kind == "end" else None


def _plain(token: Token) -> bool:
    """A word naming what the part is for: not a unit, people, a change to the sum or a word of scope."""
    word = token.word
    if token.kind != "word" or not word.replace("-", "").isalpha():
        return False
    if word in PEOPLE or word in CHANGES or word in _NOT_PURPOSES:
        return False
    return lookup(word, short=False) is None


def _asking(tokens: list[Token], begin: int, end: int) -> bool:
    """Only words asking for the part ('work out', 'what's') stand between ``begin`` and ``end``."""
    return all(t.kind == "word" and t.word in _ASKING or t.text in (",", "-") for t in tokens[begin:end])


def _said_before(tokens: list[Token], start: int, amount: Given, share: Given) -> bool:
    """The amount's sentence says only whose amount it is and what it is, and ends before the percentage is asked."""
    if tokens[amount.end].text not in _SENTENCE_ENDS:
        return False  # '£2,400 a month. 30% of that': nothing more is said of the amount
    if not all(t.kind == "word" and t.word in _SAID for t in tokens[start : amount.start]):
        return False
    return _asking(tokens, amount.end + 1, share.start)
