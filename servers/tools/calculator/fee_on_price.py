"""A fee at a percentage of a price, then flat charges: 'A concert ticket is £45, there's a 10% booking fee on the
ticket price, and then £2.50 for postage. What's the total?' → £45 + 10% of £45 + £2.50 = £52.

The story has one price (the first amount of money), one percentage named a fee or surcharge and said of that
price in words ('on the ticket price', 'of the price', 'on the ticket'), and after it one or more flat charges each
named (postage, delivery, shipping, p&p). The fee is taken of the price alone because the words say so; said of
nothing ('£60 plus a 5% card fee and £4 delivery') it might reach the delivery too, and the request is left to the
other readers, which decline it. The question asks the total paid. Any other number, a tax, discount, tip, share or
count declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_FEES = frozenset("fee surcharge".split())
_FLAT = frozenset("postage delivery shipping p&p courier carriage packaging packing".split())
_PRICES = frozenset("price cost fare amount".split())
_TOTAL = ("total", "altogether", "in all", "how much will i pay", "how much do i pay", "how much will it cost")
_SPOILERS = frozenset(
    "tax vat gst tip discount off each per every people person us split share shared minus less except without "
    "refund back change left budget instead not no only if or".split()
)


def solve_fee_on_price(tokens: list[Token], start: int) -> Solution | None:
    """The total of a price, a percentage fee of it and flat charges after; None when the request is not that."""
    givens = givens_or_none(tokens, start)
    ask = question_start(tokens, start)
    if not givens or any(g.start >= ask for g in givens):
        return None
    percents = [g for g in givens if g.quantity.percent]
    money = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    if len(percents) != 1 or len(money) != len(givens) - 1 or len(money) < 2:
        return None
    fee, price, flats = percents[0], money[0], money[1:]
    if not price.end <= fee.start < flats[0].start or not _named_fee(tokens, fee):
        return None
    if not _of_price(tokens, fee, price, start) or not all(_flat(tokens, g) for g in flats):
        return None
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    asked = question_words(tokens, start)
    if set(words) & _SPOILERS or not any(has_phrase(asked, p) for p in _TOTAL):
        return None
    measure = price.quantity.measure
    assert measure is not None
    each = Fraction(price.quantity.value)
    part = each * Fraction(fee.quantity.value)
    extra = sum((Fraction(g.quantity.value) for g in flats), Fraction(0))
    total = numbers.checked(each + part + extra)
    pct = numbers.format_number(Fraction(fee.quantity.value) * 100)
    shown = [show(Quantity(v, measure), exact=True) for v in (each, part, *(Fraction(g.quantity.value) for g in flats))]
    steps = [f"fee: {pct}% of {shown[0]} = {shown[1]}", f"{' + '.join(shown)} = {show(Quantity(total, measure))}"]
    expression = f"{shown[0]} + {pct}% of {shown[0]} + {' + '.join(shown[2:])}"
    solution = answer_for(
        Quantity(total, measure), "price with a fee and charges", expression, steps, suffix=" in total"
    )
    solution.notes.append(f"the {pct}% fee is of the price alone, as said; the flat charges are added after it")
    return solution


def _named_fee(tokens: list[Token], fee: Given) -> bool:
    """'a 10% booking fee', '5% card surcharge': the percentage named a fee within two words after it."""
    return any(t.word in _FEES for t in tokens[fee.end : fee.end + 3])


def _of_price(tokens: list[Token], fee: Given, price: Given, start: int) -> bool:
    """'on the ticket price', 'of the price', 'on the ticket': the fee said of the price, by its name or the thing."""
    k = next((k for k in range(fee.end, fee.end + 4) if tokens[k].word in ("on", "of")), None)
    if k is None or tokens[k + 1].word not in ("the", "its"):
        return False
    named = [t.word for t in tokens[k + 2 : k + 4] if t.kind == "word"]
    things = {singular(t.word) for t in tokens[start : price.start] if t.kind == "word" and t.word.isalpha()}
    if named[:1] and named[0] in _PRICES:
        return True  # 'on the price'
    if not named or singular(named[0]) not in things:
        return False
    return len(named) == 1 or named[1] in _PRICES or named[1] in ("and", "plus", "then")  # 'the ticket (price)'


def _flat(tokens: list[Token], g: Given) -> bool:
    """A flat charge named beside its amount: '£2.50 for postage', 'postage £3', '£4 delivery'."""
    near = {t.word for t in tokens[max(g.start - 3, 0) : g.end + 3]}
    return bool(near & _FLAT)
