"""A count at a price each, read as the amount it comes to: 'A gallery sold 14 of my prints at €180 each and takes a
35% commission. How much do I get?' is a story of €2,520 of prints, and read again as 'sold €2,520 of my prints'.
The readers of a part taken off an amount (a commission, a fee, a deposit) take one amount; the count and its price
each make exactly one, so the request is read again with that amount and answered only when that reading accounts
for every number.

Only one such line, with a whole count of things (not people, whose price each is a bill's) and one price each in a
currency, beside one percentage taken, reads so; and only when the question asks nothing of one of the things
('each', 'per', 'one', 'a print'), which the amount would no longer say.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.tokens import Token

_EACH = frozenset({"each", "apiece"})
_OWNERS = frozenset("my our the his her their".split())
_ASKED_OF_ONE = frozenset("each per apiece one single every unit".split())
_SENTENCE_ENDS = frozenset({".", "?", "!"})
_NOUN_WORDS = 3


def as_amount(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its one 'N things at £P each' said as the amount it comes to, or None."""
    lines = [line for k in range(len(tokens)) if (line := _line(tokens, k)) is not None]
    paid = [line for k in range(len(tokens)) if (line := _paid_line(tokens, k)) is not None]
    if len(paid) == 1 and not lines:
        return _as_paid(text, tokens, *paid[0])
    if len(lines) != 1:
        return None
    count, noun, price, end = lines[0]
    if noun in PEOPLE or sum(t.text == "%" for t in tokens) != 1:
        return None  # '8 people at $27.50 each' is a bill's own reading; only a part taken off needs the amount
    last = len(tokens) - 1 - (tokens[-2].text in _SENTENCE_ENDS)
    asking = next((k + 1 for k in range(last - 1, -1, -1) if tokens[k].text in _SENTENCE_ENDS), 0)
    asked = {t.word for t in tokens[asking:]}
    if asking <= end or asked & _ASKED_OF_ONE or {noun, singular(noun)} & {singular(w) for w in asked}:
        return None  # the question is the line's own, or asks of one thing
    symbol = tokens[price - 1].text
    total = numbers.checked(Fraction(tokens[count].value) * Fraction(tokens[price].value))
    amount = f"{symbol}{numbers.format_number(total)}"
    things = text[tokens[count + 1].start : tokens[price - 2].start].rstrip()  # 'of my prints'
    things = things if things.startswith("of ") else f"of {things}"
    return text[: tokens[count].start] + f"{amount} {things} " + text[tokens[end].start :]


def _line(tokens: list[Token], k: int) -> tuple[int, str, int, int] | None:
    """'14 of my prints at €180 each' at ``k``: the count's, the noun's, the price's and the line's end index."""
    if tokens[k].kind != "number" or tokens[k].value.denominator != 1 or k and tokens[k - 1].kind == "currency":
        return None
    if tokens[k].attached and k and tokens[k - 1].kind == "word":
        return None  # 'A2 prints': a code naming the prints, not a count of them
    j = k + 1
    j += tokens[j].word == "of"
    j += tokens[j].word in _OWNERS
    head = j
    while j < head + _NOUN_WORDS and tokens[j].kind == "word" and tokens[j].word.isalpha() and tokens[j].word != "at":
        j += 1
    if j == head or tokens[j].word != "at" or tokens[j + 1].kind != "currency" or tokens[j + 2].kind != "number":
        return None
    if tokens[j + 3].word not in _EACH:
        return None
    return k, tokens[j - 1].word, j + 2, j + 4


_PAID = frozenset("paid pay pays paying".split())
_GROUPS = frozenset("group party class coach busload table team".split())


def _paid_line(tokens: list[Token], k: int) -> tuple[int, int, int] | None:
    """'A group of 14 paid €38 each', '14 people paid €38 each': the count's, the price's and the line's end index.
    Each of the people paid the price, so together they paid the count times it: what a commission is taken from."""
    if tokens[k].kind != "number" or tokens[k].value.denominator != 1 or k and tokens[k - 1].kind == "currency":
        return None
    j = k + 1 + (tokens[k + 1].word in PEOPLE)
    if tokens[j].word not in _PAID or tokens[j + 1].kind != "currency" or tokens[j + 2].kind != "number":
        return None
    grouped = k >= 2 and tokens[k - 1].word == "of" and tokens[k - 2].word in _GROUPS
    if tokens[j + 3].word not in _EACH or not (grouped or j > k + 1):
        return None  # '14 paid €38 each' with no one named: fourteen what?
    return k, j + 2, j + 4


def _as_paid(text: str, tokens: list[Token], count: int, price: int, end: int) -> str | None:
    """``text`` with its people who paid a price each said as what they paid together ('A group paid €532')."""
    if sum(t.text == "%" for t in tokens) != 1:
        return None
    last = len(tokens) - 1 - (tokens[-2].text in _SENTENCE_ENDS)
    asking = next((k + 1 for k in range(last - 1, -1, -1) if tokens[k].text in _SENTENCE_ENDS), 0)
    if asking <= end or {t.word for t in tokens[asking:]} & _ASKED_OF_ONE:
        return None  # the question is the line's own, or asks of one of the people
    total = numbers.checked(Fraction(tokens[count].value) * Fraction(tokens[price].value))
    paid = f"paid {tokens[price - 1].text}{numbers.format_number(total)} "
    if tokens[count - 1].word == "of":
        return text[: tokens[count - 1].start].rstrip() + " " + paid + text[tokens[end].start :]
    return text[: tokens[count].start] + "they " + paid + text[tokens[end].start :]
