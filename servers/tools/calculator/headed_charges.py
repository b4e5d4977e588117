"""A price per head for a count of people, with a percentage charge added: '120 guests, the caterer charges $68 per
head plus an 18% service charge. What's the total?' → 120 × $68 = $8,160; 18% of it is $1,468.80; $9,628.80.

The request gives exactly three numbers: a count of people (guests, people, heads), a price per head ('$68 per head',
'£45 a person', 'each'), and one percentage named as a charge put on top ('plus an 18% service charge', 'with 20%
VAT', 'plus a 12.5% tip'). The question asks the total ('What's the total?', 'how much altogether?'). A charge said
to be in the price ('including', 'included'), a share of it asked ('each', 'per head' in the question, 'split'), a
discount, a deposit, or any word that could change the sum outside the story's inert words declines: those are other
problems, answered or declined by their own readers.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.inert import inert
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_HEADS = frozenset("head heads person people guest guests cover covers each pp".split())
"""What a price is 'per' when it is a price for each of the people."""
_CHARGES = (("service", "charge"), ("service",), ("tip",), ("gratuity",), ("vat",), ("sales", "tax"), ("tax",),
            ("gst",))  # fmt: skip
_SHOWN = {"vat": "VAT", "gst": "GST"}
_ADDED = frozenset("plus with and + add adding".split())
_STORY = frozenset(
    "the a an and plus with we we're we've i i'm have has are is for there will be at charges charge charging "
    "costs cost priced quoted quotes per service of our my their expecting invited coming attending booked".split()
)
"""The words that hold the story together around the count, the price and the charge."""
_ASKED = frozenset(
    "what what's whats is the total how much will would it cost come to be bill altogether in all final overall "
    "grand does do we i pay owe need that".split()
)
_TOTALS = frozenset("total altogether all bill cost pay owe".split())
_REFUSED = frozenset(
    "including included inclusive incl inc includes each split share deposit discount off less minus except "
    "without per head person".split()
)
"""Words that, in the question or anywhere near the charge, ask for another sum than the total."""


def solve_headed_charge(tokens: list[Token], start: int) -> Solution | None:
    """The people times the price per head, with the percentage charge added; None unless exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 3:
        return None
    counts = [g for g in givens if g.noun == "people" and g.quantity.measure is None and not g.quantity.percent]
    prices = [g for g in givens if is_money(g.quantity.measure) and g.per_each]
    rates = [g for g in givens if g.quantity.percent]
    if len(counts) != 1 or len(prices) != 1 or len(rates) != 1:
        return None
    count, price, rate = counts[0], prices[0], rates[0]
    assert price.quantity.measure is not None
    if price.quantity.measure.per is not None or tokens[price.end - 1].word not in _HEADS:
        return None
    if not numbers.is_integer(count.quantity.value) or count.quantity.value <= 0 or not 0 < rate.quantity.value < 1:
        return None
    charge = _charge_named(rate)
    if charge is None or not set(rate.before[-2:]) & _ADDED:
        return None  # 'an 18% service charge' said to be added: 'plus', 'with'
    ask = question_start(tokens, start)
    if ask <= max(g.end for g in givens) - 1:
        return None
    inside = {i for g in givens for i in range(g.start, g.end)} | set(range(rate.end, rate.end + len(charge)))
    for i in range(start, ask):
        token = tokens[i]
        if i in inside or token.kind == "symbol" and token.text in (",", ".", ";", ":", "-"):
            continue
        if token.kind != "word" or token.word in _REFUSED or not (token.word in _STORY or inert(token)):
            return None
    asked = [t.word for t in tokens[ask:-1] if t.kind == "word"]
    if any(w in _REFUSED or w not in _ASKED for w in asked) or not set(asked) & _TOTALS:
        return None
    return _total(count, price, rate, " ".join(_SHOWN.get(w, w) for w in charge))


def _charge_named(rate: Given) -> tuple[str, ...] | None:
    for charge in _CHARGES:
        if rate.after[: len(charge)] == charge:
            return charge
    return None


def _total(count: Given, price: Given, rate: Given, charge: str) -> Solution:
    money = price.quantity.measure
    heads = numbers.format_number(count.quantity.value)
    subtotal = Quantity(numbers.checked(Fraction(price.quantity.value) * Fraction(count.quantity.value)), money)
    added = Quantity(numbers.checked(subtotal.value * Fraction(rate.quantity.value)), money)
    total = Quantity(numbers.checked(subtotal.value + added.value), money)
    steps = [
        f"{heads} × {show(price.quantity, exact=True)} = {show(subtotal, exact=True)}",
        f"{charge}: {percent(rate.quantity)} of {show(subtotal, exact=True)} = {show(added, exact=True)}",
        f"{show(subtotal, exact=True)} + {show(added, exact=True)} = {show(total, exact=True)}",
    ]
    expression = f"{heads} * {show(price.quantity)} * (1 + {percent(rate.quantity)})"
    solution = answer_for(total, "price per head with a charge", expression, steps, suffix=" in total")
    solution.notes.append(f"the {charge} is added on the price for all {heads}")
    return solution
