"""A product written with the things counted: 'Work out 14 trucks × 2,350 miles each this month', '7 porters times
37.5 hours each for the week'. The noun after the first number says what is counted and 'each' that the second is
the amount of one of them — labels of a sum a person writes as '14 × 2,350 miles'. So the request is read again
as that product, and answered only when that reading accounts for every number.

Only a product of two numbers reads so: a whole count and its noun (plain words, no unit, no word that could change
the sum), a times sign or 'times', the second number with its unit, and at most 'each' and when it is said ('this
month', 'for the week', 'a week' is not: that makes a rate). Anything after that, or a second operation, leaves the
request as it is.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_TIMES = frozenset({"*", "x", "times"})
_EACH = frozenset({"each", "apiece"})
_WHEN = (("this",), ("last",), ("next",), ("for", "the"), ("over", "the"), ("in", "the"))
_PERIODS = frozenset("day week fortnight month quarter year season term shift rota".split())
_PAUSES = frozenset({".", "?", "!", ",", ";"})
_NOUN_WORDS = 3
_UNIT_WORDS = 2


def as_product(text: str, tokens: list[Token]) -> str | None:
    """``text`` as 'N × M unit' when it is a labelled product of two numbers, or None."""
    count = next((k for k, t in enumerate(tokens) if t.kind in ("number", "currency")), None)
    if count is None or tokens[count].kind != "number" or tokens[count].value.denominator != 1:
        return None
    j = count + 1
    while j < count + 1 + _NOUN_WORDS and inert(tokens[j]) and tokens[j].word not in _TIMES:
        j += 1
    if j == count + 1 or (tokens[j].text if tokens[j].kind == "symbol" else tokens[j].word) not in _TIMES:
        return None
    times = j
    j += 1 + (tokens[j + 1].kind == "currency")
    if tokens[j].kind != "number":
        return None
    j += 1
    unit = j
    while j < unit + _UNIT_WORDS and tokens[j].kind == "word" and (lookup(tokens[j].word) or inert(tokens[j])):
        j += 1
    each = j
    j += tokens[j].word in _EACH
    said = _when(tokens, j)
    if tokens[j + said].kind != "end" and not (tokens[j + said].text in _PAUSES and tokens[j + said + 1].kind == "end"):
        return None
    return text[: tokens[count + 1].start] + text[tokens[times].start : tokens[each].start].rstrip()


def _when(tokens: list[Token], j: int) -> int:
    """The width of 'this month', 'for the week' at ``j``: when the product is said of, or 0."""
    for phrase in _WHEN:
        if all(tokens[j + k].word == w for k, w in enumerate(phrase)) and tokens[j + len(phrase)].word in _PERIODS:
            return len(phrase) + 1
    return 0
