"""Prices by class and counts by class, totalled: 'Entry is £8 adult and £5 child. We had 140 adult and 85 child,
total takings?' is 140 × £8 + 85 × £5 = £1,545.

Tickets, seats and memberships are often priced by a class of buyer or place ('adult', 'child', 'concession',
'stalls'), said once with each price and once with each count. The kinds of the reckoning cannot see these classes
(adults and children are all people, adult and child tickets all tickets), so they are read here by the word said
with each number:

- a price's class is the word right after it ('$18 adult', '£8 for adults'), the word right before it ('adults £8',
  'children are £5'), or, said with 'at', the class of the count before it ('140 adult tickets at £8');
- a count's class is the word right after it ('140 adult', '85 children', '95 concession tickets').

Every given must be a price or a count with its class, each class priced once and counted once, at least two
classes, one currency, and the question must ask the money taken in all: otherwise the request is left declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import Quantity, is_money, lookup, money, singular
from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.asked import read_asked
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

PROBLEM = "quantities reckoned by their units"

_ONE = {"children": "child", "kids": "child", "kid": "child", "people": "person"}
_NOT_CLASSES = frozenset(
    """a an the and or but each every per for at to of in on is are was were be cost costs price prices each ticket
    tickets entry admission plus with we i they you it this that these those total""".split()
)


def solve_classes(tokens: list[Token], end: int, givens: list[Given]) -> Solution | None:
    """The total of each class's count at its price; None unless every given is one of those."""
    prices: dict[str, Given] = {}
    counts: dict[str, Given] = {}
    for k, g in enumerate(givens):
        q = g.quantity
        if q.percent:
            return None
        if q.measure is None:
            named = _class(tokens[g.start + 1])  # '140 adult', '85 children', '95 concession tickets'
            if named is None or named in counts:
                return None
            counts[named] = g
            continue
        if not is_money(q.measure) or q.measure.per is not None or g.per_each:
            return None
        named = _price_class(tokens, givens, k)
        if named is None or named in prices:
            return None
        prices[named] = g
    if len(prices) < 2 or set(prices) != set(counts):
        return None
    if not _one_list(tokens, givens, list(counts.values())) or not _one_list(tokens, givens, list(prices.values())):
        return None  # 'I sold 7 grooms at $65 and bought 11 trims at $15': two acts, not one list
    currencies = {g.quantity.measure.dimension for g in prices.values() if g.quantity.measure is not None}
    if len(currencies) != 1:
        return None
    spans = [(g.start, g.end) for g in givens]
    money = next(iter(currencies))
    asked = read_asked(tokens, end, spans, set(), {money}, {})
    if asked is None or asked.kind != kinds.base(money) or "+" not in asked.adds:
        return None
    return _total(prices, counts)


_LISTING = frozenset({"and", ",", "&", "at", "@", "for", ";", "are", "is"})


def _one_list(tokens: list[Token], givens: list[Given], said: list[Given]) -> bool:
    """Whether ``said`` are one list: between each and the next only their classes, the words they name ('adult
    tickets'), other givens and the words that join a list ('and', ',', 'at', 'for')."""
    inside = {i for g in givens for i in range(g.start, g.end)}
    named: set[int] = set()
    for g in givens:
        if g.quantity.measure is None:
            named |= {g.start + 1, g.start + 2}  # '85 child', '85 child tickets'
        else:
            named |= {g.end, g.start - 1}  # '$18 adult', 'children £5'
            if tokens[g.end].word == "for":
                named.add(g.end + 1)  # '£8 for adults'
    ordered = sorted(said, key=lambda g: g.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        for i in range(a.end, b.start):
            token = tokens[i]
            if i in inside or token.text in _LISTING or token.word in _LISTING:
                continue
            if i in named and _class(token) is not None:
                continue
            return False
    return True


def _price_class(tokens: list[Token], givens: list[Given], k: int) -> str | None:
    g = givens[k]
    after = _class(tokens[g.end])
    if after is not None:
        return after  # '$18 adult'
    if tokens[g.end].word == "for" and _class(tokens[g.end + 1]) is not None:
        return _class(tokens[g.end + 1])  # '£8 for adults'
    before = g.start - 1
    if tokens[before].word in ("at", "@") or tokens[before].text == "@":
        last = givens[k - 1] if k > 0 else None
        if last is None or last.quantity.measure is not None or last.end < before - 2:
            return None
        return _class(tokens[last.start + 1])  # '140 adult tickets at £8'
    while tokens[before].word in ("is", "are", "was", "were", "cost", "costs") or tokens[before].text == ":":
        before -= 1
    return _class(tokens[before]) if before >= 0 else None  # 'adults £8', 'children are £5'


def _class(token: Token) -> str | None:
    word = token.word
    if token.kind != "word" or not word.isalpha() or word in _NOT_CLASSES or lookup(word, short=False) is not None:
        return None
    return _ONE.get(word) or singular(word)


def _total(prices: dict[str, Given], counts: dict[str, Given]) -> Solution:
    steps: list[str] = []
    total = Fraction(0)
    measure = next(iter(prices.values())).quantity.measure
    assert measure is not None
    parts: list[str] = []
    for named, price in prices.items():
        count = Fraction(counts[named].quantity.value)
        each = Fraction(price.quantity.value)
        line = count * each
        total += line
        shown = f"{numbers.format_number(count)} {named} × {money(each, measure.symbol)}"
        steps.append(f"{shown} = {money(line, measure.symbol)}")
        parts.append(money(line, measure.symbol))
    steps.append(f"{' + '.join(parts)} = {money(total, measure.symbol)}")
    return answer_for(Quantity(total, measure), PROBLEM, " + ".join(parts), steps)
