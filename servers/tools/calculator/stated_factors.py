"""A conversion factor said with the request: 'Convert 2.5 terabytes to gigabytes, using 1 TB = 1,000 GB', '... how
many gigabytes is that, using 1,000 MB per GB?'. When the factor said is the one the calculator converts by (1 TB
is 1,000 GB), it says how to convert and adds no number to the sum: the request is read again without it and
answered only when that reading accounts for every number. A factor that differs from the calculator's (1 GB =
1,024 MB) is a convention the readers do not take, so the request is left as it is and declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.units import convert
from servers.tools.inputs import ToolInputError

_USING = (("using",), ("with",), ("assuming",), ("taking",), ("where",), ("at",), ("if",))
_PER = frozenset({"per", "a", "to", "in", "/"})
EQUALS = frozenset({"=", "is", "equals"})
"""What joins the two sides of a factor: '1 TB = 1,000 GB', '1 lb is 0.4536 kg'."""
CLOSES = frozenset({".", "?", "!", ",", ";", ")"})
"""What may follow a factor said on its own."""
_OWN_CLAUSE = frozenset({".", "?", "!", ";", ",", ":"})
_TOLERANCE = 1e-9


def without_factor(text: str, tokens: list[Token]) -> str | None:
    """``text`` without a stated factor that agrees with the calculator's own, or None. The factor is said after
    'using' (or the like), in brackets, or as a sentence or clause of its own ('1 mile = 1.609344 km. The courier
    drove 157 miles', '... how many feet? 1 m = 0.3048 m, 1 dp pls'); factors said one after another ('1 st = 14 lb,
    1 lb = 0.45359237 kg') are set aside together."""
    for i in range(0, len(tokens) - 3):
        width = next((len(p) for p in _USING if all(tokens[i + k].word == w for k, w in enumerate(p))), 0)
        alone = not width and tokens[i].kind == "number" and (i == 0 or tokens[i - 1].text in _OWN_CLAUSE)
        at = i + width
        if not width and tokens[i].text != "(" and not alone:
            continue
        at += not width and not alone  # '(1 TB = 1,000 GB)'
        end = _agreeing(tokens, at)
        if end is None:
            continue
        while tokens[end].text == "," and (more := _agreeing(tokens, end + 1)) is not None:
            end = more  # '1 st = 14 lb, 1 lb = 0.45359237 kg': both say how to convert
        if i == 0:
            return text[tokens[end + (tokens[end].text in (".", ";", ","))].start :] if end + 1 < len(tokens) else None
        begin = i - (tokens[i - 1].text == ",")
        end += tokens[end].text == ")" and tokens[i].text == "("
        if tokens[end].kind != "end" and tokens[end].text not in CLOSES:
            continue
        return text[: tokens[begin].start].rstrip() + text[tokens[end].start :]
    return None


def _agreeing(tokens: list[Token], at: int) -> int | None:
    """The end of '1 TB = 1,000 GB' or '1,000 MB per GB' at ``at`` when the factor is the calculator's, else None."""
    if tokens[at].kind != "number":
        return None
    first, unit = tokens[at].value, _unit(tokens[at + 1])
    if unit is None:
        return None
    if (tokens[at + 2].text if tokens[at + 2].kind == "symbol" else tokens[at + 2].word) in EQUALS:
        if tokens[at + 3].kind != "number" or _unit(tokens[at + 4]) is None:
            return None
        return at + 5 if _agrees(first, unit, tokens[at + 3].value, tokens[at + 4].text) else None
    if (tokens[at + 2].text if tokens[at + 2].kind == "symbol" else tokens[at + 2].word) in _PER:
        other = tokens[at + 3]
        if _unit(other) is None:
            return None
        return at + 4 if _agrees(Fraction(1), other.text, first, unit) else None  # '1,000 MB per GB': 1 GB = 1,000 MB
    return None


def _unit(token: Token) -> str | None:
    if token.kind != "word":
        return None
    measure = lookup(token.text)
    return token.text if measure is not None and not measure.dimension.startswith("money") else None


def _agrees(amount: Fraction, unit: str, value: Fraction, other: str) -> bool:
    """Whether ``amount`` ``unit`` is ``value`` ``other`` by the calculator's own table."""
    try:
        converted, _, _ = convert(float(amount), unit, other)
    except ToolInputError:
        return False
    expected = float(value)
    return abs(converted - expected) <= _TOLERANCE * max(1.0, abs(expected))
