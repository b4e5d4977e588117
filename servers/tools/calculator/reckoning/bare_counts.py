"""A count said with no noun beside a price 'each' ('Coconut 35 baht each. I buy 40.', 'Straps are CHF 45
apiece, she took 6'): that many of the priced thing, as anyone at a stall reads it.

It is read only when nothing else is counted and there is one such price and one such count, said after a word of
buying, selling or taking ('buy', 'sold', 'order', 'want'): 'Coconut 35 baht each. Bus 40.' may be a fare, and
'I buy 40 and she buys 12' two lots.
"""

from __future__ import annotations

from dataclasses import replace

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money, lookup, singular
from servers.tools.calculator.tokens import Token

_TAKING = frozenset(
    """buy buys bought buying take takes took taking want wants wanted order orders ordered need needs needed
    get gets got sell sells sold make makes made bake bakes baked cook cooks cooked serve serves served print
    prints printed pick picks picked book books booked""".split()
)

_NOT_THINGS = frozenset(
    """a an the is are was were be cost costs at for each apiece one price priced sell sells sold go goes only
    just now today i we you he she they it my our your""".split()
)


def count_the_priced(tokens: list[Token], givens: list[Given]) -> list[Given]:
    """``givens`` with a noun-less count read as a count of the one thing priced 'each', where that is all it can
    be; otherwise ``givens`` as they were."""
    if any(g.noun for g in givens):
        return givens
    bare = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and g.count_per is None]
    priced = [g for g in givens if g.per_each and is_money(g.quantity.measure)]
    if len(bare) != 1 or len(priced) != 1 or bare[0].start < priced[0].start:
        return givens
    count = bare[0]
    if count.start == 0 or tokens[count.start - 1].word not in _TAKING:
        return givens  # 'Bus 40': a number named by what is beside it, not a count of what is priced
    thing = _priced_thing(priced[0]) or "item"
    return [replace(g, noun=thing) if g is count else g for g in givens]


def _priced_thing(price: Given) -> str | None:
    """The thing named before a price in its clause: 'Coconut' in 'Coconut 35 baht each', in the singular."""
    for word in reversed(price.before):
        if word.isalpha() and word not in _NOT_THINGS and lookup(word, short=False) is None:
            return singular(word)
    return None
