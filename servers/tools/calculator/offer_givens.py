"""How offers are said beyond an amount beside a price: prices with no currency, one offer named again by its
amount in the question, and the item a price is asked per.

* '6 yoghurts for 2.70 or 4 yoghurts for 1.96': with no currency anywhere in the request, a plain number after
  'for' or 'at' beside an amount is the offer's price — only when every offer has its price so, and a price is
  what is asked;
* 'Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre of the 100L bag?': the amount said
  again after 'of the' names one offer (exactly one has that amount), and only its price per unit is asked;
* 'the price per pot of each' of yoghurts counted one by one: a container that holds one item ('pot', 'tub', 'can',
  'bottle') is priced as the item; one that holds many ('box', 'pack') is not said how many, and is not read.
"""

from __future__ import annotations

from dataclasses import replace

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money
from servers.tools.calculator.tokens import Token

ONE_ITEM = frozenset("pot tub can tin bottle jar carton sachet pouch item unit one piece".split())
"""What holds or names a single item: the price per pot of yoghurts counted one by one is the price per yoghurt."""
_PRICED_BY = frozenset({"for", "at"})
_NAMING = (("of", "the"), ("for", "the"))


def bare_prices(givens: list[Given]) -> list[Given]:
    """``givens`` with each offer's plain-number price read as money with no currency ('6 yoghurts for 2.70'), when
    every pair is an amount (a unit or a counted noun) and then a plain number after 'for' or 'at'; else as given."""
    if len(givens) < 4 or len(givens) % 2:
        return givens
    priced: list[Given] = []
    for amount, price in zip(givens[::2], givens[1::2], strict=True):
        q = price.quantity
        measured = amount.quantity.measure is not None and not is_money(amount.quantity.measure) or amount.noun
        plain = q.measure is None and not q.percent and not price.noun and price.before[-1:] and q.value > 0
        plain = plain and price.after[:1] not in (("each",), ("apiece",), ("per",))  # '4 at 1.96 each': one's price
        if not (measured and not amount.quantity.percent and plain and price.before[-1] in _PRICED_BY):
            return givens
        priced += [amount, replace(price, quantity=Quantity(q.value, AMOUNT))]
    return priced


def named_again(givens: list[Given]) -> tuple[list[Given], Given | None]:
    """The givens without the last one when it names an earlier offer again by its amount ('... of the 100L bag'),
    and that earlier given; else the givens and None."""
    if not givens:
        return givens, None
    last = givens[-1]
    if last.before[-2:] not in _NAMING or last.quantity.measure is None or is_money(last.quantity.measure):
        return givens, None
    same = [g for g in givens[:-1] if g.quantity == last.quantity]
    return (givens[:-1], same[0]) if len(same) == 1 else (givens, None)


def per_item(tokens: list[Token], start: int) -> str | None:
    """The word a price is asked per when it is no unit ('the price per pot', 'per yoghurt'), or None."""
    for k in range(start, len(tokens) - 1):
        if tokens[k].word == "per" and tokens[k + 1].kind == "word" and tokens[k + 1].word.isalpha():
            return tokens[k + 1].word
    return None
