"""The price of each of a few things bought with something priced, from the total: 'Three coffees plus a £2.40
flapjack came to £10.20. How much was each coffee?' → (£10.20 − £2.40) ÷ 3 = £2.60.

The request gives a count of things with no price ('three coffees'), one other thing with its price ('a £2.40
flapjack'), the total they came to ('came to £10.20', 'cost £10.20 altogether'), and asks the price of one of the
counted things ('how much was each coffee', 'what did a coffee cost'). Every counted thing costs the same. Any other
number, a discount or tip, or a total less than the priced thing declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_JOINED = frozenset({"plus", "and", "with", "+"})
_TOTALLED = (("came", "to"), ("come", "to"), ("comes", "to"), ("cost",), ("costs",), ("was",), ("were",),
             ("totalled",), ("totaled",), ("total",))  # fmt: skip
_SPOILERS = frozenset("tip discount off tax vat change each-way split share between among percent half".split())


def solve_unknown_each(tokens: list[Token], start: int) -> Solution | None:
    """The price of each counted thing from the total less the priced one; None for anything else."""
    window = request_window(tokens, start, 40)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:end]):
        return None
    count = tokens[start]
    if count.kind != "number" or count.value <= 1 or Fraction(count.value).denominator != 1:
        return None
    noun = tokens[start + 1].word
    if tokens[start + 1].kind != "word" or not noun.isalpha() or tokens[start + 2].word not in _JOINED:
        return None
    at = start + 3 + (tokens[start + 3].word in ("a", "an", "one"))
    priced = _money(tokens, at)
    if priced is None:
        return None
    price, code, at = priced
    named = 0
    while tokens[at].kind == "word" and named < 3 and not _totalled_at(tokens, at):
        named, at = named + 1, at + 1  # 'flapjack', 'slice of cake'
    width = _totalled_at(tokens, at)
    if not named or not width:
        return None
    total_read = _money(tokens, at + width)
    if total_read is None or total_read[1] != code:
        return None
    total, _, at = total_read
    if tokens[at].word == "altogether":
        at += 1
    question = [t.word for t in tokens[at:end] if t.kind == "word"]
    if not _asks_one(question, noun) or any(t.kind in ("number", "currency") for t in tokens[at:end]):
        return None
    if total <= price:
        return None
    money = currency(code)
    n = Fraction(count.value)
    each = numbers.checked((total - price) / n)
    shown = [show(Quantity(v, money), exact=True) for v in (total, price, total - price, each)]
    steps = [f"{shown[0]} − {shown[1]} = {shown[2]} for the {numbers.format_number(n)} {noun}",
             f"{shown[2]} ÷ {numbers.format_number(n)} = {shown[3]} each"]  # fmt: skip
    solution = answer_for(Quantity(each, money), "price of each from a total", f"({shown[0]} - {shown[1]}) / {n}",
                          steps, suffix=" each")  # fmt: skip
    solution.notes.append(f"every {singular(noun)} costs the same")
    return solution


def _money(tokens: list[Token], at: int) -> tuple[Fraction, str, int] | None:
    sign, number = tokens[at], tokens[at + 1]
    if sign.kind != "currency" or number.kind != "number" or not number.attached:
        return None
    return Fraction(number.value), sign.value, at + 2


def _totalled_at(tokens: list[Token], at: int) -> int:
    for phrase in _TOTALLED:
        if [t.word for t in tokens[at : at + len(phrase)]] == list(phrase):
            return len(phrase)
    return 0


def _asks_one(question: list[str], noun: str) -> bool:
    """'how much was each coffee', 'what did a coffee cost', 'how much per coffee': the price of one of them."""
    one = singular(noun)
    said = [singular(w) for w in question]
    if one not in said:
        return False
    before = question[: said.index(one)]
    return bool({"each", "a", "one", "per"} & set(before[-2:])) and bool({"how", "what"} & set(question))
