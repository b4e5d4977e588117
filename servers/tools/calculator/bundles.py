"""A price for so many, asked for another number of them or for one: 'avocados are 3 for $10, how much for 12',
'If 5 kg of apples cost $12, how much do 8 kg cost?', 'A 500 g bag of coffee costs 7.50. What's the price per kg?',
'a 6-pack of yogurt costs 4.50, how much is one yogurt?'.

The story gives two numbers: an amount (a count of things, or a measure) and its price, said together ('3 for $10',
'5 kg of apples cost $12'). The question gives the amount wanted ('for 12', '8 kg', 'one yogurt') or asks the price
per unit ('per kg'). The price scales with the amount: for a measure always; for a count only to whole multiples of
the bundle ('3 for $10' is $40 for 12) or to one of them, since a deal says nothing of 5 out of a bundle of 3 —
unless the question says it does ('how much would 40 cost at that rate'). A
discount, a second price, a percentage or words that change the price ('free', 'off', 'each') decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import (
    AMOUNT,
    Measure,
    Quantity,
    convert,
    is_money,
    lookup,
    plural,
    show,
    singular,
)
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_LINKS = frozenset("for cost costs is are was were at priced sells sell go goes".split())
_PRICED = frozenset("cost costs for is are was were at priced".split())
_NEEDS = frozenset("need needs needed want wants wanted require requires order".split())
"""Said before the amount after the price ('I need 180 roses'), the amount the question asks the price of."""
_AT_THAT_RATE = ("at that rate", "at the same rate", "at that price", "at the same price", "pro rata")
"""Said of the amount asked, these scale the price to any count: '6 for £4.50', how much would 40 cost at that rate."""
_SPOILERS = frozenset(
    "each per apiece off free discount discounted sale tax shipping delivery fee plus extra more less cheaper "
    "dearer but only except deposit % percent tip save saved change left budget".split()
)


def solve_bundle_price(tokens: list[Token], start: int) -> Solution | None:
    """The price of the amount asked, scaled from a price for another amount; None when it is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    ask = question_start(tokens, start)
    story = [g for g in givens if g.start < ask]
    wanted = [g for g in givens if g.start >= ask]
    if len(story) == 3 and not wanted and story[-1].before[-1:] and story[-1].before[-1] in _NEEDS:
        story, wanted = story[:2], story[2:]  # 'I need 180 roses for the wedding. How much will that cost?'
    if ask == start or len(story) != 2 or len(wanted) > 1:
        return None
    kept = _kept_price(tokens, start, ask)  # 'At the same price each, how much ...': the scaling asked, said first
    if any((t.word in _SPOILERS or t.text == "%") and k not in kept for k, t in enumerate(tokens[:ask]) if k >= start):
        return None
    asked = question_words(tokens, start)
    if not ("much" in asked or "price" in asked or "cost" in asked or "costs" in asked):
        return None
    found = _amount_and_price(tokens, story)
    if found is None:
        return None
    amount, price, money = found
    if wanted and tokens[wanted[0].start - 1].word == "per":
        return None  # 'the price per 100 g' is a unit price, read by the rates
    if wanted:
        after = [t.word for t in tokens[max(g.end for g in story) :] if t.kind == "word"]
        if wanted[0].noun and not amount.noun and wanted[0].noun not in {singular(t.word) for t in tokens[start:ask]}:
            return None  # 'pens are 4 for $3, how much for 10 pencils': another thing
        return _scaled(amount, price, money, wanted[0], pro_rata=any(has_phrase(after, p) for p in _AT_THAT_RATE))
    return _per_unit(amount, price, money, asked)


def _kept_price(tokens: list[Token], start: int, ask: int) -> range:
    """The span of 'at the same price each' (or 'at that price per notebook') said just before the question: the
    price each kept for the amount asked, not a price each of the story's."""
    words = [t.word for t in tokens[start:ask]]
    for phrase in _AT_THAT_RATE:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            if words[k : k + len(parts)] == parts and tokens[start + k - 1].text in (".", "!", ";", ",", "?"):
                end = start + k + len(parts)
                end += 1 if tokens[end].word in ("each", "apiece") else 0
                return range(start + k, end) if tokens[end].text == "," and end + 1 == ask else range(0)
    return range(0)


def _amount_and_price(tokens: list[Token], story: list[Given]) -> tuple[Given, Fraction, Measure] | None:
    """The story's amount and its price (with the price's currency, AMOUNT for a plain price), said together."""
    first, second = story
    priced = [g for g in story if is_money(g.quantity.measure)]
    if len(priced) == 1:
        price_given = priced[0]
        measure = price_given.quantity.measure
        assert measure is not None
        if measure.per is not None:
            return None
        money = measure
    elif not priced and second.before[-1:] and second.before[-1] in _PRICED and not second.noun:
        price_given, money = second, AMOUNT  # 'a 500 g bag of coffee costs 7.50'
    elif not priced and first.after[:1] == ("for",) and first.before[-1:] in (("is",), ("are",)) and not first.noun:
        price_given, money = first, AMOUNT  # 'coffee is 7.50 for a 500g bag'
    else:
        return None
    amount = first if price_given is second else second
    q = amount.quantity
    if q.percent or is_money(q.measure) or q.value <= 0 or price_given.quantity.value <= 0:
        return None
    if q.measure is not None and (q.measure.per is not None or q.measure.dimension == "time"):
        return None
    lo, hi = min(amount.end, price_given.end), max(amount.start, price_given.start)
    between = [t for t in tokens[lo:hi] if t.kind != "currency"]
    if len(between) > 4 or not any(t.word in _LINKS for t in between) or any(t.kind != "word" for t in between):
        return None  # the price is said of the amount: '3 for $10', '5 kg of apples cost $12'
    return amount, Fraction(price_given.quantity.value), money


def _scaled(amount: Given, price: Fraction, money: Measure, wanted: Given, *, pro_rata: bool) -> Solution | None:
    have, want = amount.quantity, wanted.quantity
    if want.percent or is_money(want.measure) or want.value <= 0:
        return None
    if have.measure is not None:
        if want.measure is None or want.measure.dimension != have.measure.dimension or want.measure.per is not None:
            return None
        if wanted.goods and wanted.goods != amount.goods or wanted.after[:1] != amount.after[:1] and wanted.after:
            return None  # '3 cups of flour cost $2, how much for 5 cups of sugar': another thing
        count = Fraction(convert(want.value, want.measure, have.measure))
        label = show(want)
    else:
        if want.measure is not None or wanted.noun and amount.noun and wanted.noun != amount.noun:
            return None
        count = Fraction(want.value)
        if count != 1 and (count / Fraction(have.value)).denominator != 1 and not pro_rata:
            return None  # '3 for $10', how much for 5: the deal does not say, unless asked 'at that rate'
        noun = wanted.noun or amount.noun
        label = numbers.format_number(count) + (f" {noun if count == 1 else plural(noun)}" if noun else "")
    value = numbers.checked(price * count / Fraction(have.value))
    q = Quantity(value, money)
    given = f"{show(Quantity(price, money))} for {show(have) if have.measure else numbers.format_number(have.value)}"
    step = f"{given}: {show(Quantity(price, money), exact=True)} × {label} ÷ {show(have, exact=True)} = "
    step += show(q, exact=True)
    solution = answer_for(q, "price for an amount", f"{price} * {count} / {have.value}", [step], suffix=f" for {label}")
    solution.notes.insert(0, "assuming the price scales with the amount")
    return solution


def _per_unit(amount: Given, price: Fraction, money: Measure, asked: list[str]) -> Solution | None:
    """'what's the price per kg': the price of one unit of the amount's kind."""
    have = amount.quantity
    if have.measure is None:
        return None
    units = [lookup(asked[k + 1]) for k in range(len(asked) - 1) if asked[k] in ("per", "a", "an", "each")]
    found = [u for u in units if u is not None and u.dimension == have.measure.dimension and u.per is None]
    if len(found) != 1:
        return None
    unit = found[0]
    value = numbers.checked(price / Fraction(convert(have.value, have.measure, unit)))
    q = Quantity(value, money)
    step = (
        f"{show(Quantity(price, money), exact=True)} ÷ {show(have, exact=True)} = {show(q, exact=True)} per {unit.name}"
    )
    return answer_for(
        q, "unit price", f"{price} / {have.value} {have.measure.name}", [step], suffix=f" per {unit.name}"
    )
