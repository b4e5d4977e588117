"""What a sale of several things comes to, told as a story: 'Bonjour. A buyer from Dantokpa takes 320 big pineapples
at 350 F each and 180 small ones at 200 F each. How much must he pay me in total?' → XOF 148,000.00; 'A group
ordered 4 segunda drums at L 3,800 each, 2 primero drums at L 4,250 each and 6 maracas at L 180.' → the sum.

Every figure is a count followed by its price of one ('at 350 F each', '3,800 each', 'at SRD 25,00', 'for BD
22.500' of one), all in one money; the question asks what it all comes to. A price said of a measure the count is
not in, a deduction, or any word that could change the sum declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Figure, Story

_ASKED = ("how much", "what is the total", "total bill", "how much money")
_READS = frozenset("each and also total altogether together per".split())
_EACH = frozenset("each apiece the a per".split())
PROBLEM = "sum of counts at their prices"


def solve_sale(story: Story) -> Solution | None:
    """The sum of each count times its price; None unless the story is exactly that."""
    if story.clocks or story.stretches or story.shifts(_READS) or not story.asks(*_ASKED):
        return None
    figures = list(story.figures)
    if len(figures) < 4 or len(figures) % 2 or any(f.percent for f in figures):
        return None
    pairs = list(zip(figures[::2], figures[1::2], strict=True))
    codes = {price.currency for _, price in pairs}
    if len(codes) != 1 or "" in codes:
        return None
    total = Fraction(0)
    lines: list[str] = []
    money = currency(codes.pop())
    for count, price in pairs:
        if count.currency or count.value <= 0 or not _priced_one(story, count, price):
            return None
        total += count.value * price.value
        lines.append(f"{numbers.format_number(count.value)} × {show(Quantity(price.value, money))}")
    total = Fraction(numbers.checked(total))
    shown = show(Quantity(total, money))
    steps = [f"{' + '.join(lines)} = {shown}"]
    return Solution(f"{shown} in total", total, PROBLEM, " + ".join(lines), steps)


def _priced_one(story: Story, count: Figure, price: Figure) -> bool:
    """'320 big pineapples at 350 F each', '46 bossen at SRD 25,00', '18 kilo sopropo at SRD 32,50 (the kilo)': a
    price of one of what was counted, said right after the count."""
    tokens = story.tokens
    between = [t.word for t in tokens[count.end : price.at] if t.word]
    if len(between) > 6 or any(t.kind == "number" for t in tokens[count.end : price.at]):
        return False
    at = bool(between) and between[-1] in ("at", "for")
    after = tokens[price.end].word
    if not at and after not in _EACH:
        return False
    if after in ("per", "the", "a") and tokens[price.end + 1].kind == "word":
        unit = tokens[price.end + 1].word
        measured = lookup(unit)  # 'at 24,50 € the kilo' of '9 legs': the price is of a measure, not of one leg
        if measured is not None and (count.unit == "" or lookup(count.unit) != measured):
            return False
    return True
