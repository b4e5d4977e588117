"""A question said as its unit alone, closing a request: 'drove 18 mi in 36 mins, avg mph', '18 mi in 36 mins,
mph?', 'ribbon 85cm per bouquet, 14 bouquets, total metres?', '5.5m x 3.8m, area sq m?', '45 miles at 30 mph,
mins?'.

The closing clause (after the request's last comma, full stop or dash) holds nothing but a unit and at most one word
naming the measure ('total', 'avg', 'area', 'speed', 'time', 'distance'): no figure and no other word. It is said
again as the question the readers know ('average speed in mph?', 'how many metres?', 'area in sq m?') and the
request read again — answered only when that reading accounts for every figure. A measure word that does not fit
the unit ('area mph', 'avg kg') leaves the request as it is.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import Measure, is_money, lookup
from servers.tools.calculator.tokens import Token

_BREAKS = frozenset({",", ".", ";", "-", "—", ":"})
_ENDS = frozenset({"?", ".", "!"})
_POLITE = frozenset("pls please plz".split())
_SQUARE = frozenset("sq square".split())
_CUBIC = frozenset("cu cubic".split())
_SPEEDS = frozenset("avg average speed".split())
_TOTALS = frozenset("total".split())
_AREAS = frozenset("area".split())
_TIMES = frozenset("time".split())
_LENGTHS = frozenset("distance length".split())


def as_asked(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its closing unit said as a question the readers ask, or None."""
    end = len(tokens) - 1
    while end > 0 and (tokens[end - 1].text in _ENDS or tokens[end - 1].word in _POLITE):
        end -= 1
    clause = end
    while clause > 0 and tokens[clause - 1].text not in _BREAKS:
        clause -= 1
    if clause == 0 or clause == end or not any(t.kind == "number" for t in tokens[:clause]):
        return None
    said = tokens[clause:end]
    qualifier = said[0].word if said[0].word in _SPEEDS | _TOTALS | _AREAS | _TIMES | _LENGTHS else None
    unit = said[1:] if qualifier else said
    kind = _unit_kind(unit)
    if kind is None:
        return None
    name = " ".join(t.text for t in unit).replace(" / ", "/").replace(" /", "/").replace("/ ", "/")
    asked = _question(kind, qualifier, name)
    if asked is None:
        return None
    return text[: tokens[clause].start].rstrip() + " " + asked


def _question(kind: str, qualifier: str | None, unit: str) -> str | None:
    if kind == "speed" and qualifier in (None, "speed"):
        return f"speed in {unit}?"
    if kind == "speed" and qualifier in ("avg", "average"):
        return f"average speed in {unit}?"
    if kind == "area" and qualifier in (None, "area"):
        return f"area in {unit}?"
    if kind == "time" and qualifier in (None, "time", "total"):
        return f"how many {unit}?"
    if kind in ("length", "mass", "volume") and (
        qualifier in (None, "total") or kind == "length" and qualifier in _LENGTHS
    ):
        return f"how many {unit}?"
    return None


def _unit_kind(unit: list[Token]) -> str | None:
    """'speed', 'area', 'time', 'length', 'mass' or 'volume' for the tokens of one unit ('mph', 'sq m', 'km/h')."""
    if any(t.kind != "word" and t.text != "/" for t in unit):
        return None
    words = [t.word for t in unit]
    if len(words) == 2 and words[0] in _SQUARE | _CUBIC:
        measure = lookup(words[1])
        if measure is None or measure.dimension != "length" or measure.per is not None:
            return None
        return "area" if words[0] in _SQUARE else "volume"
    if len(unit) == 3 and unit[1].text == "/":
        top, per = lookup(words[0]), lookup(words[2])
        if top and per and top.dimension == "length" and per.dimension == "time" and not top.per:
            return "speed"
        return None
    if len(words) != 1:
        return None
    measure = lookup(words[0])
    if measure is None or is_money(measure):
        return None
    return _kind(measure)


def _kind(measure: Measure) -> str | None:
    if measure.per is not None:
        return "speed" if measure.dimension == "length" and measure.per.dimension == "time" else None
    return measure.dimension if measure.dimension in ("area", "time", "length", "mass", "volume") else None
