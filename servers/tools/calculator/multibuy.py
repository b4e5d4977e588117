"""Multi-buy offers in a shop: what an 'N for £M' deal saves, and what 'buy one get one half price' costs.

* 'Crisps are 85p a bag or 3 for £2. If I buy 9 bags on the offer, how much do I save compared with paying for them
  one by one?' → 9 × 85p = £7.65 one by one; 3 offers × £2 = £6.00; saving £1.65. The story gives the price of one
  ('85p a bag', '$1.20 each'), the offer ('3 for £2') and how many are bought; the question asks what is saved. Only
  whole offers are made up: what is left over is paid one by one, and the answer says so.
* 'Buy one get one half price: the pair I want is $64 and the second pair is $48. What do I pay for both?' → $64 +
  $48 ÷ 2 = $88. The offer is named ('buy one get one', 'BOGO', 'BOGOF'), the discount on the second is half
  ('half price', 'half off', '50% off') or all of it ('free'), and it goes on the cheaper of the two — the shops'
  rule, said in the answer. Two prices (or two things at one price each), and a question asking what is paid.

Prices in pence ('85p') are pounds ÷ 100. Any other number (a third item, a coupon, a tax) declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_SAVE = frozenset("save saving saved savings difference cheaper".split())
_BUYING = frozenset("buy buying bought get getting need want order take on".split())
_SPOILERS = frozenset("tax vat coupon voucher discount percent tip delivery shipping fee plus".split())
_POUND = lookup("gbp")


def solve_multibuy_saving(tokens: list[Token], start: int) -> Solution | None:
    """What buying so many on an 'N for £M' offer saves against paying one by one; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _SAVE & set(question_words(tokens, start)) or _SPOILERS & set(words):
        return None
    try:
        givens = read_givens(tokens, start, skip=_one_by_one(tokens, start))
    except NotUnderstood:
        return None
    if len(givens) != 4:
        return None
    offer = _offer(givens)
    if offer is None:
        return None
    size, bundle = offer
    rest = [g for g in givens if g is not size and g is not bundle]
    singles = [g for g in rest if _price_of_one(tokens, g) is not None]
    bought = [g for g in rest if g not in singles and _count(g) and _BUYING & set(g.before[-3:])]
    if len(singles) != 1 or len(bought) != 1:
        return None
    one = _price_of_one(tokens, singles[0])
    assert one is not None and bundle.quantity.measure is not None
    if one.measure != bundle.quantity.measure:
        return None
    n, k = Fraction(bought[0].quantity.value), Fraction(size.quantity.value)
    if not (numbers.is_integer(n) and numbers.is_integer(k)) or n <= 0 or k < 2:
        return None
    offers, extra = n // k, n % k
    measure = one.measure
    alone = Fraction(one.value) * n
    deal = Fraction(bundle.quantity.value) * offers + Fraction(one.value) * extra
    saving = numbers.checked(alone - deal)

    def money(value: Fraction) -> str:
        return show(Quantity(value, measure), exact=True)

    steps = [f"one by one: {n} × {money(Fraction(one.value))} = {money(alone)}"]
    offer_step = f"on the offer: {offers} × {money(Fraction(bundle.quantity.value))}"
    if extra:
        offer_step += f" + {extra} × {money(Fraction(one.value))} left over"
    steps += [f"{offer_step} = {money(deal)}", f"{money(alone)} − {money(deal)} = {money(Fraction(saving))} saved"]
    expression = f"{n} * {show(one)} - {offers} * {show(bundle.quantity)}"
    if extra:
        expression += f" - {extra} * {show(one)}"
    solution = answer_for(Quantity(saving, measure), "multi-buy saving", expression, steps, suffix=" saved")
    solution.values = {"one by one": alone, "on the offer": deal, "saving": saving}
    if extra:
        solution.notes.append(f"only whole offers of {k} are made up; the {extra} left over are paid one by one")
    return solution


def _one_by_one(tokens: list[Token], start: int) -> tuple[int, int]:
    """'paying for them one by one': how the things are paid for, not a number of them."""
    for i in range(start, len(tokens) - 3):
        if tokens[i].text.lower() == "one" and tokens[i + 1].word == "by" and tokens[i + 2].text.lower() == "one":
            return i, i + 3
    return 0, 0


def _offer(givens: list[Given]) -> tuple[Given, Given] | None:
    """'3 for £2': a count right before 'for' and the price after it."""
    found = [
        (g, h)
        for g, h in zip(givens, givens[1:], strict=False)
        if _count(g) and g.after[:1] == ("for",) and h.start == g.end + 1 and is_money(h.quantity.measure)
    ]
    return found[0] if len(found) == 1 else None


def _count(g: Given) -> bool:
    q = g.quantity
    return not q.percent and (q.measure is None and g.noun != "p" or q.measure is not None and q.measure.per is None
                              and not is_money(q.measure) and q.measure.dimension == "volume")  # fmt: skip


def _price_of_one(tokens: list[Token], g: Given) -> Quantity | None:
    """'$1.20 each', '£2.50 a cup', '85p a bag', '60p each': the price of one, as plain money."""
    q = g.quantity
    if q.percent:
        return None
    pence = g.noun == "p" and tokens[g.start + 1].attached or q.measure is not None and q.measure.name == "penny"
    if pence and _POUND is not None and (q.measure is None or q.measure.per is None):
        q = Quantity(Fraction(q.value) / 100, _POUND)  # '85p': pence are hundredths of a pound
        if not (g.per_each or g.after[:1] in (("each",), ("a",), ("per",), ("an",))):
            return None
        return q
    if not is_money(q.measure):
        return None
    measure = q.measure
    if g.per_each:
        return q
    if measure.per is not None and measure.per.dimension != "time":
        plain = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
        return Quantity(q.value, plain)  # '£2.50 a cup': a price per the thing counted
    if measure.per is None and g.after[:1] in (("a",), ("per",), ("an",), ("each",)):
        return q
    return None


_BOGO = ("buy one get one", "buy 1 get 1", "bogo", "bogof", "buy one, get one", "b1g1", "second one", "2nd one",
         "second item", "2nd item", "second pair", "2nd pair")  # fmt: skip
_OPENERS = frozenset(phrase.split()[0] for phrase in _BOGO)
_SECOND = frozenset({"second one", "2nd one", "second item", "2nd item", "second pair", "2nd pair"})
"""'Second one half price': the offer named by its second item, only when the discount follows right after it."""
_HALF = ("half price", "half-price", "half off", "50% off", "50 % off", "half")
_FREE = ("free",)
_PAY = frozenset("pay paying total cost costs spend price altogether".split())


def solve_bogo(tokens: list[Token], start: int) -> Solution | None:
    """Two things on 'buy one get one half price' (or free), the cheaper discounted; None unless exactly that."""
    words = [t.text.lower() for t in tokens[start:] if t.kind != "end"]
    if not _OPENERS & set(words) or _SPOILERS & set(words) or not _PAY & set(question_words(tokens, start)):
        return None  # no word an offer's name starts with: the phrases are not looked for
    span = _phrase_span(tokens, start)
    if span is None:
        return None
    joined = " ".join(w for w in words)
    named = " ".join(t.text.lower() for t in tokens[span[0] : span[1]])
    if named in _SECOND and not _discount_follows(tokens, span[1]):
        return None  # 'the second pair is $48': an item, not the offer
    free = (" free" in f" {joined}" or "bogof" in words) and "half" not in words
    if not free and not any(p in joined for p in _HALF):
        return None
    try:
        givens = read_givens(tokens, start, skip=span)
    except NotUnderstood:
        return None
    givens = [g for g in givens if not (g.quantity.percent and g.quantity.value == Fraction(1, 2))]
    prices = _two_prices(givens)
    if prices is None:
        return None
    dear, cheap = max(prices, key=lambda q: q.value), min(prices, key=lambda q: q.value)
    measure = dear.measure
    off = Fraction(cheap.value) if free else Fraction(cheap.value) / 2
    total = numbers.checked(Fraction(dear.value) + Fraction(cheap.value) - off)
    second = Quantity(Fraction(cheap.value) - off, measure)
    steps = [
        f"the cheaper one, {show(cheap, exact=True)}, is {'free' if free else 'half price'}: "
        f"{show(second, exact=True)}",
        f"{show(dear, exact=True)} + {show(second, exact=True)} = {show(Quantity(total, measure), exact=True)}",
    ]
    expression = show(dear) if free else f"{show(dear)} + {show(cheap)} / 2"
    solution = answer_for(Quantity(total, measure), "buy one get one", expression, steps)
    solution.notes.append(
        f"buy one get one {'free' if free else 'half price'}: the discount goes on the cheaper of the two, as shops do"
    )
    return solution


def _discount_follows(tokens: list[Token], i: int) -> bool:
    """'half price', 'half off', '50% off', 'free' right after the words naming the offer."""
    after = " ".join(t.text.lower() for t in tokens[i : i + 3])
    return after.startswith(("half", "50 %", "free"))


def _phrase_span(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """Where the offer is named ('Buy one get one', 'BOGO'), whose numbers are not prices."""
    for i in range(start, len(tokens)):
        if tokens[i].text.lower() not in _OPENERS:
            continue
        for phrase in _BOGO:
            parts = phrase.replace(",", " ,").split()
            if i + len(parts) <= len(tokens) and all(tokens[i + k].text.lower() == w for k, w in enumerate(parts)):
                return i, i + len(parts)
    return None


def _two_prices(givens: list[Given]) -> tuple[Quantity, Quantity] | None:
    """'$64 and $48', 'two books, $25 and $35', 'two games at $40 each': the two prices."""
    money = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    pair = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and g.quantity.value == 2]
    if len(money) == 2 and len(givens) == 2 + len(pair) <= 3 and money[0].quantity.measure == money[1].quantity.measure:
        return money[0].quantity, money[1].quantity
    if len(givens) == 2 and len(money) == 1 and money[0].per_each:
        count = givens[0] if givens[1] is money[0] else givens[1]
        if count.quantity.measure is None and not count.quantity.percent and count.quantity.value == 2:
            return money[0].quantity, money[0].quantity
    return None
