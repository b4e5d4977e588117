"""Which offer is cheaper: offers read as pairs of an amount and its price, compared by the price per unit.

'Which is cheaper per litre, 2 litres for $3.10 or 3 litres for $4.35?' — each offer is an amount (litres,
grams, a count of items) next to a price in one currency; the price per unit asked ('per litre') or per the
offers' own unit decides. Givens that do not pair up, amounts of different kinds or prices in different
currencies leave the problem to other rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, read_givens, read_target
from servers.tools.calculator.offer_givens import ONE_ITEM, bare_prices, named_again, per_item
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, known, plural, show, singular
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PRICE_ASKED = ("price per", "cost per", "costs per", "price for each", "how much per")
_ASKS = ("cheaper", "cheapest", "better deal", "better value", "best deal", "best value", "better buy", "best buy")


@dataclass(frozen=True, slots=True)
class _Offer:
    amount: Given
    price: Given
    each: Fraction  # price per unit
    pack: str = ""  # the pack as the user named it: '20-pack'


def solve_cheaper(tokens: list[Token], start: int) -> Solution | None:
    """The cheaper of two or more offers by price per unit, or None when the request is not that."""
    target = read_target(tokens, start)
    differs = next((dearer for ask, dearer in _DIFFERENCES.items() if has_word(tokens, start, ask)), None)
    compared = has_word(tokens, start, *_ASKS) or differs is not None and target.per is not None
    each_asked = has_word(tokens, start, "of each", "for each", "of both")
    item = per_item(tokens, start) if target.per is None else None  # 'the price per pot of each'
    listed = not compared and each_asked and (target.per is not None or item is not None)
    one_asked = not compared and not each_asked and target.per is not None and has_word(tokens, start, *_PRICE_ASKED)
    if not compared and not listed and not one_asked:
        return None
    try:
        givens = read_givens(tokens, start, target.span)
    except NotUnderstood:
        return None
    if target.per is not None:  # 'cheaper per 100 g: … give me the price per 100g': the unit said twice
        givens = [g for g in givens if not _restated_per(g, target.per, target.scale)]
    named = None
    if one_asked:  # 'What's the price per litre of the 100L bag?': one offer, named by its amount again
        givens, named = named_again(givens)
        if named is None:
            return None  # which offer is asked about is not said
    if target.money and not any(t.kind == "currency" for t in tokens):
        givens = bare_prices(givens)  # '6 yoghurts for 2.70 or 4 yoghurts for 1.96': prices with no currency
    if len(givens) < 4 or len(givens) % 2:
        return None
    nouns = {g.noun for g in givens if g.noun}
    if len(nouns) == 1:  # 'a pack of 10 pens for $3 or a pack of 5 for $2': the 5 are pens too
        givens = [replace(g, noun=next(iter(nouns))) if _bare_count(g) else g for g in givens]
    pairs = [(givens[k], givens[k + 1]) for k in range(0, len(givens), 2)]
    unit = target.per or _readable(_unit(pairs[0]))
    offers: list[_Offer] = []
    for pair in pairs:
        offer = _offer(pair, unit)
        if offer is None:
            return None
        offers.append(offer)
    offers = [replace(o, pack=_pack_named(tokens, o.amount)) for o in offers]
    money = offers[0].price.quantity.measure
    assert money is not None
    if any(o.price.quantity.measure != money for o in offers):
        return None
    if unit is None and len({singular(o.amount.noun) for o in offers}) != 1:
        return None  # '10 apples for $3 or 6 pears for $2': a price per apple says nothing of pears
    scale = target.scale if target.per is not None else Fraction(1)
    if scale != 1:  # 'cheaper per 100 g': each offer's price for 100 grams, not a fraction of a cent per gram
        offers = [replace(o, each=o.each * scale) for o in offers]
    per = unit.name if unit is not None else offers[0].amount.noun
    if scale != 1 and unit is not None:
        per = f"{numbers.format_number(scale)} {unit.label(scale)}"
    if item is not None:
        noun = singular(offers[0].amount.noun)
        if singular(item) != noun and item not in ONE_ITEM:
            return None  # 'per box' of eggs counted one by one: a box of how many is not said
        per = item
    if named is not None:
        return one_offer(next(o for o in offers if o.amount == named), offers, money, per)
    if listed:  # 'what is the price per 100 g of each': every offer's, in the order given
        prices = [f"{_describe(o)}: {show(Quantity(o.each, money))} per {per}" for o in offers]
        expression = "; ".join(f"{show(o.price.quantity)} / {show(o.amount.quantity)}" for o in offers)
        solution = Solution("; ".join(prices), None, "unit prices", expression, prices)
        solution.values = {f"offer_{k}": o.each for k, o in enumerate(offers, 1)}
        if item is not None and singular(item) != singular(offers[0].amount.noun):
            solution.notes.append(f"one {item} is one {singular(offers[0].amount.noun)}")
        if money.name == "amount":
            solution.notes.append("the prices are read as money with no currency named")
        return solution
    if differs is not None:  # 'per litre, how much more expensive is the small bottle?'
        return _difference(offers, tokens, start, money, per, dearer=differs)
    ranked = sorted(offers, key=lambda o: o.each)
    best = ranked[0]
    steps = [
        f"{_describe(o)}: {show(o.price.quantity, exact=True)} ÷ {_amount_text(o, unit)} = "
        f"{show(Quantity(o.each, money), exact=True)} per {per}"
        for o in offers
    ]
    expression = "; ".join(f"{show(o.price.quantity)} / {show(o.amount.quantity)}" for o in offers)
    each = Quantity(best.each, money)
    if ranked[1].each == best.each:
        solution = answer_for(each, "cheaper offer", expression, steps, suffix=f" per {per} either way")
        solution.answer = f"the same: {solution.answer}"
        return solution
    solution = answer_for(each, "cheaper offer", expression, steps, suffix=f" per {per}")
    others = ", ".join(f"{_describe(o)} is {show(Quantity(o.each, money))} per {per}" for o in ranked[1:])
    solution.answer = f"{_describe(best)} is cheaper: {solution.answer} ({others})"
    return solution


def one_offer(asked: _Offer, offers: list[_Offer], money: Measure, per: str) -> Solution:
    """The price per unit of the one offer asked about ('the 100L bag'), with the others' in the notes."""
    each = Quantity(asked.each, money)
    step = f"{_describe(asked)}: {show(asked.price.quantity, exact=True)} ÷ {_amount(asked)} = {show(each, exact=True)}"
    expression = f"{show(asked.price.quantity)} / {show(asked.amount.quantity)}"
    solution = answer_for(each, "unit price", expression, [step], suffix=f" per {per}")
    solution.answer += f" ({_describe(asked)})"
    others = ", ".join(f"{_describe(o)} is {show(Quantity(o.each, money))} per {per}" for o in offers if o is not asked)
    solution.notes.append(f"the offer asked about is {_describe(asked)}; {others}")
    return solution


_DIFFERENCES = {"how much more": True, "how much dearer": True, "how much extra": True, "how much cheaper": False,
                "how much less": False}  # fmt: skip
_SMALL = frozenset("small smaller smallest little".split())
_LARGE = frozenset("big bigger biggest large larger largest".split())


def _difference(
    offers: list[_Offer], tokens: list[Token], start: int, money: Measure, per: str, *, dearer: bool
) -> Solution | None:
    """How much more (or less) one of two offers costs per unit than the other: the one the question names by its
    size ('the small bottle', 'the bigger pack'). None when it names neither, both, or one that is not dearer (or
    cheaper) as asked: the question then assumes what the prices deny."""
    if len(offers) != 2:
        return None
    words = {t.word for t in tokens[start:]}
    small, large = bool(words & _SMALL), bool(words & _LARGE)
    sizes = sorted(offers, key=lambda o: Fraction(o.price.quantity.value) / o.each)
    if small == large:
        held = _named_container(tokens, offers)
        if small or held is None:
            return None  # 'how much cheaper is the case': named by what holds it, or not at all
        named, other = (offers[held], offers[1 - held])
    else:
        named, other = (sizes[0], sizes[1]) if small else (sizes[1], sizes[0])
    gap = named.each - other.each
    if gap == 0 or (gap > 0) != dearer:
        return None
    steps = [f"{_describe(o)}: {show(Quantity(o.each, money), exact=True)} per {per}" for o in (named, other)] + [
        f"{show(Quantity(named.each, money), exact=True)} − {show(Quantity(other.each, money), exact=True)}"
    ]
    expression = f"{show(Quantity(named.each, money))} - {show(Quantity(other.each, money))}"
    suffix = f" {'more' if dearer else 'less'} per {per}"
    solution = answer_for(Quantity(abs(gap), money), "unit price difference", expression, steps, suffix=suffix)
    solution.answer += f" ({_describe(named)} against {_describe(other)})"
    return solution


def _restated_per(given: Given, per: Measure, scale: Fraction) -> bool:
    measure = given.quantity.measure
    return (
        given.before[-1:] == ("per",)
        and measure is not None
        and measure.name == per.name
        and given.quantity.value == scale
    )


def _bare_count(given: Given) -> bool:
    return given.quantity.measure is None and not given.quantity.percent and not given.noun


def _unit(pair: tuple[Given, Given]) -> Measure | None:
    amount = next((g for g in pair if not is_money(g.quantity.measure)), None)
    return None if amount is None or amount.quantity.measure is None else amount.quantity.measure


def _readable(unit: Measure | None) -> Measure | None:
    """Grams and millilitres are priced by the kilogram and litre, so a price per unit is not a fraction of a cent."""
    larger = {"gram": "kilogram", "milliliter": "liter"}
    return known(larger[unit.name]) if unit is not None and unit.name in larger else unit


def _offer(pair: tuple[Given, Given], unit: Measure | None) -> _Offer | None:
    first, second = pair
    amount, price = (second, first) if is_money(first.quantity.measure) else (first, second)
    if not is_money(price.quantity.measure) or price.quantity.measure.per is not None or amount.quantity.percent:
        return None
    if price.per_each or price.after[:1] in (("each",), ("apiece",), ("per",)):
        return None  # '4 yoghurts at £1.96 each': the price of one, not of the offer
    if price.after[:1] in (("a",), ("an",)) and len(price.after) > 1 and amount.noun:
        if singular(price.after[1]) == singular(amount.noun):
            return None  # '2 nights at £95 a night': the price of one night, not of the offer
    measure = amount.quantity.measure
    if measure is None:
        if unit is not None or not amount.noun or amount.quantity.value <= 0:
            return None
        size = Fraction(amount.quantity.value)
    else:
        if unit is None or measure.per is not None or measure.key != unit.key or amount.quantity.value <= 0:
            return None
        size = Fraction(convert(amount.quantity.value, measure, unit))
    each = Fraction(price.quantity.value) / size
    numbers.checked(each)
    return _Offer(amount, price, each)


def _amount_text(offer: _Offer, unit: Measure | None) -> str:
    q = offer.amount.quantity
    if unit is not None and q.measure is not None and q.measure != unit:
        return show(Quantity(convert(q.value, q.measure, unit), unit), exact=True)
    return _amount(offer)


def _amount(offer: _Offer) -> str:
    q = offer.amount.quantity
    if q.measure is not None:
        return show(q, exact=True)
    return f"{numbers.format_number(q.value)} {plural(offer.amount.noun)}"


def _describe(offer: _Offer) -> str:
    if offer.pack:
        return f"the {offer.pack} for {show(offer.price.quantity)}"
    return f"{_amount(offer)} for {show(offer.price.quantity)}"


_PACKS = frozenset("pack pk box case crate tray bag multipack bundle".split())


def _pack_named(tokens: list[Token], amount: Given) -> str:
    """'a 20-pack', 'a 6 pack': the offer called what the user called it, so the answer names the pack they chose
    between ('the 20-pack for $11.80 is cheaper'), not a count of the thing inside it."""
    at = amount.start
    if amount.quantity.measure is not None or at + 2 >= len(tokens) or tokens[at].kind != "number":
        return ""
    word = tokens[at + 2].word if tokens[at + 1].text == "-" else tokens[at + 1].word
    return f"{tokens[at].text}-{word}" if word in _PACKS else ""


_CONTAINERS = frozenset("carton case box pack bag bottle tub jar tin can crate tray sack tube pot".split())


def _named_container(tokens: list[Token], offers: list[_Offer]) -> int | None:
    """Which of two offers the question names by what holds it ('how much cheaper per litre is the case?' of '£1.85
    for a 1 litre carton, or £9.60 for a case of six litres'): 0 or 1, or None when it names neither, both, or a
    container both offers share, or one offer is said with none."""
    held: list[set[str]] = []
    for offer in offers:
        begin = min(offer.price.start, offer.amount.start)
        end = max(offer.price.end, offer.amount.end)
        held.append({singular(t.word) for t in tokens[begin : end + 1] if singular(t.word) in _CONTAINERS})
    last = max(max(o.price.end, o.amount.end) for o in offers)
    asked = {singular(t.word) for t in tokens[last:] if t.kind == "word"}
    if not all(held) or held[0] == held[1]:
        return None  # each offer said with its own container, or the question's cannot name one of them
    named = [k for k, words in enumerate(held) if (words - held[1 - k]) & asked]
    return named[0] if len(named) == 1 else None
