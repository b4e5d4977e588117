"""An amount done so many times a period, over so many periods: 'the full route is 42 km and I do it 6 times a shift.
How many km is that over a five shift week?' → 42 km × 6 a shift × 5 shifts = 1,260 km.

Three numbers: the amount, with its unit (a length, mass or volume: '42 km', '2.5 litres'); how often it is done
('6 times a shift', 'twice a day', '4 times per lesson'); and how many of the same period ('5 shifts', 'a five shift
week', 'over 10 days'). The period of the two must be the same word. The question asks for the amount's kind ('how
many km', 'how far', 'how much'). A way back ('return', 'there and back'), a share ('each', 'both'), a change
('more', 'less', 'extra', 'except') or any other number declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_KINDS = frozenset({"length", "mass", "volume"})
_ONCE = {"once": Fraction(1), "twice": Fraction(2), "thrice": Fraction(3)}
_EVERY = frozenset("a an per each every".split())
_SPOILERS = frozenset(
    "return returns back round both each people half double extra more less fewer except off minus plus then "
    "first last only but another other already so instead left remaining".split()
)
"""Words that change the amount or the count: a way back, a share between people, some already done."""
_FAR = {"far": "length", "heavy": "mass"}


def solve_repeats(tokens: list[Token], start: int) -> Solution | None:
    """The amount times how often times how many periods; None when the request is not that."""
    if any(t.kind in ("currency", "date", "clock", "ordinal") or t.text in ("%", "/") for t in tokens[start:]):
        return None
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS:
        return None
    often = _often(tokens, start)
    if often is None:
        return None
    times, period, used = often
    counts = [k for k in range(start, len(tokens)) if tokens[k].kind == "number" and k not in used]
    spans = [k for k in counts if _names(tokens[k + 1], period)]
    amounts = [k for k in counts if k not in spans]
    if len(spans) != 1 or len(amounts) != 1:
        return None
    unit = lookup(tokens[amounts[0] + 1].text) if tokens[amounts[0] + 1].kind == "word" else None
    if unit is None or unit.per is not None or unit.dimension not in _KINDS:
        return None
    asked = _asked(question_words(tokens, start), unit)
    if asked is None:
        return None
    amount = Fraction(convert(Fraction(tokens[amounts[0]].value), unit, asked))
    span = Fraction(tokens[spans[0]].value)
    if amount <= 0 or span <= 0 or span.denominator != 1:
        return None
    each = numbers.checked(amount * times)
    total = numbers.checked(each * span)
    result = Quantity(total, asked)
    plural_period = period if span == 1 else f"{period}s"
    steps = [
        f"{show(Quantity(amount, asked), exact=True)} × {numbers.format_number(times)} a {period} = "
        f"{show(Quantity(each, asked), exact=True)} a {period}",
        f"{show(Quantity(each, asked), exact=True)} a {period} × {numbers.format_number(span)} {plural_period} = "
        f"{show(result, exact=True)}",
    ]
    expression = f"{numbers.format_number(amount)} * {numbers.format_number(times)} * {numbers.format_number(span)}"
    return Solution(show(result), total, "amount repeated", expression, steps, asked.label(total))


def _often(tokens: list[Token], start: int) -> tuple[Fraction, str, set[int]] | None:
    """The one 'N times a period' (or 'twice a period') of the request: times, the period, the numbers it used."""
    found: list[tuple[Fraction, str, set[int]]] = []
    for k in range(start, len(tokens) - 2):
        token = tokens[k]
        if token.kind == "number" and tokens[k + 1].word in ("times", "time"):
            count, j, used = Fraction(token.value), k + 2, {k}
        elif token.word in _ONCE:
            count, j, used = _ONCE[token.word], k + 1, set[int]()
        else:
            continue
        if tokens[j].word not in _EVERY or tokens[j + 1].kind != "word" or not tokens[j + 1].word.isalpha():
            return None  # 'six times' with no period: a product, or a count not said of a period
        period = singular(tokens[j + 1].word)
        if lookup(period, short=False) is not None and period not in ("day", "week", "hour"):
            return None  # 'twice a km': a rate of a measure, not of a period
        found.append((count, period, used))
    if len(found) != 1 or found[0][0] <= 0:
        return None
    return found[0]


def _names(token: Token, period: str) -> bool:
    return token.kind == "word" and singular(token.word) == period


def _asked(asked: list[str], unit: Measure) -> Measure | None:
    """The unit the question asks in ('how many km'), the amount's own for 'how far' or 'how much'; None otherwise."""
    for k in range(len(asked) - 2):
        if asked[k] != "how":
            continue
        if asked[k + 1] in ("many", "much"):
            named = lookup(asked[k + 2], short=True)
            if named is not None and named.per is None:
                return named if named.dimension == unit.dimension else None
            return unit if asked[k + 1] == "much" else None
        if _FAR.get(asked[k + 1]) == unit.dimension:
            return unit
        return None
    return None
