"""Lengths bought or cut in lots, added up: 'add these up for me: 2 lengths of 3.6 m and 4 lengths of 2.4 m of pine.
Total metres?' → 2 × 3.6 m + 4 × 2.4 m = 16.8 m.

The request is an opening (a few words, ended by a colon, or none), then lots of a count of pieces of one length
('2 lengths of 3.6 m', '3 boards of 2.4 metres'), joined by 'and', 'plus' or commas, all in one unit, perhaps naming
what they are of ('of pine'), and a question asking the total length ('total metres', 'how many metres in total',
'what length altogether'). Any other number, a price, a cut or waste, or a second unit declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PIECES = frozenset("lengths length pieces piece boards board planks plank bits lots rolls roll strips strip".split())
_JOINS = frozenset({"and", "plus", ",", "+"})
_SPOILERS = frozenset("cut waste wasted off minus less left spare price cost costs each per £ $ € percent".split())
_ASKED = frozenset({"total", "altogether", "combined", "add", "sum", "together"})
_MAX_LOTS = 8


def solve_lengths_sum(tokens: list[Token], start: int) -> Solution | None:
    """The total of lots of lengths; None unless the request is exactly that."""
    window = request_window(tokens, start, 60)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.kind == "currency" for t in tokens[start:end]):
        return None
    colon = next((k for k in range(start, min(end, start + 10)) if tokens[k].text == ":"), None)
    at = colon + 1 if colon is not None else start
    if colon is not None and any(t.kind != "word" for t in tokens[start:colon]):
        return None
    lots: list[tuple[Fraction, Fraction]] = []
    unit: str | None = None
    while len(lots) < _MAX_LOTS:
        lot = _lot(tokens, at)
        if lot is None:
            return None
        count, length, name, at = lot
        if unit is not None and name != unit:
            return None  # two units: say them in one
        unit = name
        lots.append((count, length))
        if tokens[at].word == "of" and tokens[at + 1].kind == "word" and tokens[at + 2].text in (".", "?", ",", ""):
            at += 2  # 'of pine'
        if tokens[at].text not in _JOINS or tokens[at + 1].kind != "number" and tokens[at + 1].word != "and":
            break
        at += 1 + (tokens[at + 1].word == "and")
    if len(lots) < 2 or unit is None:
        return None
    rest = [t for t in tokens[at:end] if t.kind != "symbol"]
    if any(t.kind != "word" for t in rest) or not {t.word for t in rest} & _ASKED:
        return None
    measure = lookup(unit, short=True)
    if measure is None or measure.dimension != "length":
        return None
    total = numbers.checked(sum((c * v for c, v in lots), Fraction(0)))
    terms = " + ".join(f"{numbers.format_number(c)} × {numbers.format_number(v)}" for c, v in lots)
    result = Quantity(total, measure)
    return answer_for(result, "lengths added", terms, [f"{terms} = {show(result, exact=True)}"])


def _lot(tokens: list[Token], at: int) -> tuple[Fraction, Fraction, str, int] | None:
    """'2 lengths of 3.6 m': the count, the length, its unit as written, and where it ends."""
    count, pieces, of, length, unit = tokens[at : at + 5]
    if count.kind != "number" or pieces.word not in _PIECES or of.word != "of" or length.kind != "number":
        return None
    if unit.kind != "word" or Fraction(count.value).denominator != 1 or count.value <= 0:
        return None
    measure = lookup(unit.word, short=True)
    if measure is None or measure.dimension != "length":
        return None
    return Fraction(count.value), Fraction(length.value), measure.name, at + 5
