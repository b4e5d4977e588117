"""The price of one item in a named pack, of two packs told with their prices: 'a 12 pack of cans is $8.99 and the
24 pack is $16.49. how much per can is the 24 pack?' → $16.49 ÷ 24 = $0.69 a can.

Two packs, each said by its size ('a 12 pack', 'the 24-pack', 'pack of 6 yoghurts', 'the pack of 4') and then its
price in the same clause ('is $8.99', 'costs 2.70'). The question asks the price of one item ('how much per can',
'the price per pot', 'each') of one of them, named again by its size ('the 24 pack', 'the six pack'). Prices in one
currency (or none); any other number, a third pack, or a question comparing them ('which is cheaper': ``offers``)
declines the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator.quantities import AMOUNT, Measure, Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_PACKS = frozenset("pack packs multipack box crate tray case bag".split())
_PRICED = frozenset("is costs cost was are for at".split())
_SPOILERS = frozenset(
    "cheaper cheapest better best save saving difference more less off discount free buy get deal % than "
    "compare compared".split()
)
_PER = frozenset({"per", "each", "a"})


@dataclass(frozen=True, slots=True)
class _Pack:
    size: Fraction
    price: Fraction
    money: Measure


def solve_pack_price(tokens: list[Token], start: int) -> Solution | None:
    """The price of one item of the pack the question names; None when the request is not that."""
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:]):
        return None
    question = question_start(tokens, start)
    if question <= start:
        return None
    packs: list[_Pack] = []
    i = start
    while i < question:
        size, after = _size_at(tokens, i)
        if size is None:
            if tokens[i].kind in ("number", "currency"):
                return None  # a number that is neither a pack's size nor its price
            i += 1
            continue
        priced = _price_after(tokens, after, question)
        if priced is None:
            return None
        price, money, i = priced
        packs.append(_Pack(size, price, money))
    if len(packs) != 2 or packs[0].size == packs[1].size or packs[0].money != packs[1].money:
        return None
    named = _named(tokens, question)
    if named is None:
        return None
    chosen = [p for p in packs if p.size == named]
    if len(chosen) != 1 or named.denominator != 1 or named <= 0:
        return None
    pack = chosen[0]
    each = Quantity(pack.price / pack.size, pack.money)
    steps = [f"{show(Quantity(pack.price, pack.money), exact=True)} ÷ {named} = {show(each, exact=True)}"]
    return answer_for(each, "price per item of a pack", f"{pack.price} / {named}", steps, suffix=" each")


def _size_at(tokens: list[Token], i: int) -> tuple[Fraction | None, int]:
    """A pack's size at ``i`` ('12 pack', '24-pack', 'pack of 6 yoghurts') and the index after it."""
    token = tokens[i]
    if token.kind == "number":
        k = i + 1 + (tokens[i + 1].text == "-")
        if tokens[k].word in _PACKS:
            k += 1
            if tokens[k].word == "of" and tokens[k + 1].kind == "word":
                k += 2  # '12 pack of cans'
            return Fraction(token.value), k
    if token.word in _PACKS and tokens[i + 1].word == "of" and tokens[i + 2].kind == "number":
        noun = tokens[i + 3]
        k = i + 3 + (noun.kind == "word" and noun.word.isalpha() and noun.word not in _PRICED)
        return Fraction(tokens[i + 2].value), k  # 'pack of 6 yoghurts'
    return None, i + 1


def _price_after(tokens: list[Token], i: int, end: int) -> tuple[Fraction, Measure, int] | None:
    """The price said right after a pack ('is $8.99', 'costs 2.70'): amount, currency, index after it."""
    if tokens[i].word not in _PRICED:
        return None
    i += 1
    money = AMOUNT
    if tokens[i].kind == "currency":
        money = currency(tokens[i].value)
        i += 1
    if tokens[i].kind != "number" or i >= end:
        return None
    return Fraction(tokens[i].value), money, i + 1


def _named(tokens: list[Token], question: int) -> Fraction | None:
    """The size of the pack the question asks about, when it asks a price per item ('per can', 'each')."""
    words = [t.word for t in tokens[question:]]
    if not set(words) & _PER or not ("much" in words or "price" in words or "cost" in words):
        return None
    sizes = [k for k in range(question, len(tokens)) if tokens[k].kind == "number"]
    if len(sizes) != 1:
        return None
    k = sizes[0]
    after = tokens[k + 1 + (tokens[k + 1].text == "-")]  # 'the 8-pack'
    named = after.word in _PACKS or tokens[k - 1].word == "of" and tokens[k - 2].word in _PACKS
    return Fraction(tokens[k].value) if named else None
