"""Lots of one size, added up: 'How many kilos is 14 sacks of 25 kg plus 6 sacks of 10 kg?' → 14 × 25 kg + 6 × 10 kg
= 410 kg; 'add these up for me: 2 lengths of 3.6 m and 4 lengths of 2.4 m of pine. Total metres?' → 16.8 m.

Each lot is a whole count, what it counts (a word or two, no unit) and 'of' its size in a measure ('25 kg', '1.5
litres', '2.4 m'), maybe with 'each' or what it is of ('of pine'); lots are joined by 'and', 'plus', '+' or commas.
Every number of the request is a count or a size of a lot, so a price, a percentage or another figure leaves the
request to the other readers. The question asks how much there is in all ('how many kilos', 'the total weight',
'... in total'), in the unit it names; when it names none, every lot must be in one unit, the answer's. Sizes of
another kind than the unit asked, or a word that changes the amounts ('left', 'sold', 'cut', 'minus', 'each' in the
question), decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_JOINS = frozenset({"and", "plus", "+", ","})
_NOUN_WORDS = 2
_ASKS = frozenset("how many much total weight altogether volume length all combined sum together".split())
_SPOILERS = frozenset(
    "left remain remaining sold used minus less lost spilled spilt gave give took take each per average share "
    "split price cost costs paid pay cut waste wasted off spare".split()
)
_MEASURES = frozenset({"mass", "volume", "length"})


def solve_sized_lots(tokens: list[Token], start: int) -> Solution | None:
    """The lots' sizes added up in one measure; None when the request is not that."""
    ask = question_start(tokens, start)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if not _ASKS & set(asked) or _SPOILERS & set(asked):
        return None
    lots: list[tuple[Fraction, Quantity, str]] = []
    k = start
    while k < len(tokens) and tokens[k].kind != "end":
        token = tokens[k]
        if token.kind == "number":
            lot = _lot(tokens, k)
            if lot is None:
                return None
            count, size, noun, k = lot
            lots.append((count, size, noun))
            continue
        if token.kind in ("currency", "clock") or token.text == "%" or token.word in _SPOILERS:
            return None
        k += 1
    if not lots:
        return None
    wanted = _unit_asked(tokens, ask)
    if wanted is None and len({size.measure for _, size, _ in lots}) > 1:
        return None  # '2 lengths of 3.6 m and 4 lengths of 2.4 ft': in which unit, it does not say
    unit = wanted or lots[0][1].measure
    assert unit is not None
    measures = [size.measure for _, size, _ in lots]
    if any(m is None or m.dimension != unit.dimension for m in measures):
        return None
    total = sum(
        (n * Fraction(convert(size.value, m, unit)) for (n, size, _), m in zip(lots, measures, strict=True) if m),
        Fraction(0),
    )
    result = Quantity(numbers.checked(total), unit)
    parts = [f"{numbers.format_number(n)} {noun} × {show(size)}" for n, size, noun in lots]
    working = " + ".join(parts)
    return Solution(show(result), result.value, "lots of one size added up", working, [f"{working} = {show(result)}"],
                    unit.name)  # fmt: skip


def _lot(tokens: list[Token], k: int) -> tuple[Fraction, Quantity, str, int] | None:
    """'14 sacks of 25 kg (each)' at ``k``: the count, the size, what is counted and the index after the lot."""
    count = Fraction(tokens[k].value)
    if count.denominator != 1 or count <= 0:
        return None
    j = k + 1
    while j < k + 1 + _NOUN_WORDS and tokens[j].kind == "word" and tokens[j].word != "of" and not _unit(tokens[j]):
        j += 1
    if j == k + 1 or tokens[j].word != "of" or tokens[j + 1].kind != "number":
        return None
    noun = " ".join(t.word for t in tokens[k + 1 : j])
    measure = _unit(tokens[j + 2])
    if measure is None:
        return None
    size = Quantity(Fraction(tokens[j + 1].value), measure)
    end = j + 3 + (tokens[j + 3].word in ("each", "apiece"))
    if tokens[end].word == "of" and tokens[end + 1].kind == "word" and _unit(tokens[end + 1]) is None:
        end += 2  # 'of pine': what the lot is of
    after = tokens[end]
    if (
        after.kind != "end"
        and after.text not in _JOINS
        and after.text not in (".", "?", "!")
        and after.word not in _JOINS
    ):
        return None
    return count, size, noun, end + (after.text in _JOINS or after.word in _JOINS)


def _unit(token: Token) -> Measure | None:
    measure = lookup(token.text) if token.kind == "word" else None
    return measure if measure is not None and measure.per is None and measure.dimension in _MEASURES else None


def _unit_asked(tokens: list[Token], ask: int) -> Measure | None:
    """The unit the question names ('how many kilos', 'in litres'), or None."""
    for k in range(ask, len(tokens) - 1):
        if tokens[k].word in ("many", "in") and (measure := _unit(tokens[k + 1])) is not None:
            return measure
    return None
