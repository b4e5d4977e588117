"""A price list, then how many of each: 'Full groom for a cockapoo is £48 and £35 for a shih tzu. Today I did 5
cockapoos and 4 shih tzus. What did I take?' → 5 × £48 + 4 × £35 = £380.

Every price is told first, each with the words that name what it is for ('a cockapoo', 'half plots'); then as many
counts, each with the words that say what it counts ('5 cockapoos', '29 half plots'). A count belongs to the price
whose naming words (those no other price shares) it repeats, and to no other; every price must take exactly one
count. The question asks for the whole taken, paid or due. A percentage, a price per anything but a period (one
period at most, which the total is then for), a count that names two prices or none, or a question of a share, a
difference or what is left declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, lookup, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start, question_words, words_outside
from servers.tools.calculator.tokens import Token

_ASKED = frozenset("take took taken takings total owe owed due pay paid charge bill cost come came earn earned".split())
_SPOILERS = frozenset(
    "each per average left change profit minus less more than difference free discount off tax vat tip percent "
    "percentage twice double triple except only not no cheaper dearer save saved saving split share between "
    "instead if would".split()
)
_PLAIN = frozenset(
    "a an the is are was were for of this that these those it they we i did do does had have has let and at on in "
    "to my our your their today".split()
)
"""Words that name nothing a price is for."""
_BOUNDS = frozenset({",", ".", ";", "!", "?", ":", "and", "end"})


def solve_price_list(tokens: list[Token], start: int) -> Solution | None:
    """The total of counts at the prices listed before them; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    asked = question_words(tokens, start)
    if not set(asked) & _ASKED:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or any(g.quantity.percent for g in givens):
        return None
    prices = [g for g in givens if is_money(g.quantity.measure)]
    counts = [g for g in givens if g.quantity.measure is None and g.noun]
    if len(prices) < 2 or len(prices) != len(counts) or len(prices) + len(counts) != len(givens):
        return None
    if max(g.start for g in prices) > min(g.start for g in counts):
        return None  # a price after a count: lines, not a price list
    if max(g.start for g in counts) >= question_start(tokens, start):
        return None  # 'What do 2 large and 1 small cost?': counts asked of, not told
    measures = [m for p in prices if (m := p.quantity.measure) is not None]
    pers = {m.per.key for m in measures if m.per is not None}
    if len(pers) > 1 or any(m.per.dimension != "time" for m in measures if m.per is not None):
        return None  # 'per kilo': not a price of one; one period at most, which the total is for
    if len({(m.symbol, m.dimension) for m in measures}) != 1:
        return None
    said = words_outside(tokens, start, givens)
    if any(w in _SPOILERS for w in said):
        return None
    names = [_words(tokens, p.start, p.end) for p in prices]
    shared: set[str] = set(names[0]).intersection(*names[1:])
    own = [n - shared for n in names]
    pairs: list[tuple[Given, Given]] = []
    for count in counts:
        named = {singular(t.word) for t in tokens[count.start : count.end] if t.kind == "word"}
        counted = _words(tokens, count.start, count.end, left=False) | named | {singular(count.noun)}
        matched = [k for k, words in enumerate(own) if words & counted]
        if len(matched) != 1:
            return None
        pairs.append((count, prices[matched[0]]))
    if len({id(p) for _, p in pairs}) != len(prices):
        return None  # two counts of one price, and a price with none
    return _total(pairs)


def _words(tokens: list[Token], begin: int, end: int, *, left: bool = True) -> set[str]:
    """The naming words beside a given, within its clause up to the next 'and', pause or figure: before it (for a
    price only) and after it."""
    found: set[str] = set()
    steps = (range(begin - 1, -1, -1), range(end, len(tokens))) if left else (range(end, len(tokens)),)
    for span in steps:
        for k in span:
            token = tokens[k]
            if token.text in _BOUNDS or token.word in _BOUNDS or token.kind in ("number", "currency", "end"):
                break
            word = singular(token.word)
            if token.kind == "word" and word not in _PLAIN and lookup(word, short=False) is None:
                found.add(word)
    return found


def _total(pairs: list[tuple[Given, Given]]) -> Solution | None:
    measure = pairs[0][1].quantity.measure
    if not all(numbers.is_integer(c.quantity.value) and c.quantity.value > 0 for c, _ in pairs):
        return None
    total = numbers.checked(
        sum((Fraction(c.quantity.value) * Fraction(p.quantity.value) for c, p in pairs), Fraction(0))
    )
    lines = [f"{numbers.format_number(c.quantity.value)} × {show(p.quantity, exact=True)}" for c, p in pairs]
    steps = [f"{' + '.join(lines)} = {show(Quantity(total, measure), exact=True)}"]
    solution = answer_for(Quantity(total, measure), "total of a price list", " + ".join(lines), steps)
    solution.notes.append("each count is at the price listed for what it counts")
    return solution
