"""Stated values: a quantity one part of a request states, which a later part names by "that price" or "that
distance".

"Draft a message to my clients that walks go up to £14 from 1 April, and also tell me what 12 walks a month at that
price comes to." The price is stated inside the writer's part; the calculator's part says only "that price", so on
its own it has nothing to work out. "Check if a marathon is 42.195 km long, and then convert that distance to
miles": the distance is stated in the claim, and the fact checker's verdict, handed on, is no distance.

``with_stated_value`` says the value in place of the words that name it ("at £14", "convert 42.195 km to miles"),
taken from an earlier part's own words, when:

- the later part names a quantity by a demonstrative and its kind ("that price", "this distance", "the same
  dose"), and gives no figure of that kind itself;
- the earlier part states exactly one figure of that kind (two prices, "from £12 to £14", leave it unsaid: which
  one is meant is a guess);
- the earlier part's worker does not work figures out (the planner checks this): a calculator's part has a result,
  and "that amount" after it is the result, handed on as one, not a figure in its question.

A part that names nothing so, or names a kind with no value stated, comes back as it is. Bounded and linear: only
the first ``SCAN`` characters of each text are read.
"""

from __future__ import annotations

import re

SCAN = 1_200

NUMBER = r"\d[\d,]*(?:\.\d+)?"
"""A figure as written, with grouping commas and a decimal part: '1,344', '6.5'."""
# Each kind of quantity: the nouns that name it, and how a figure of it is written.
_MONEY = (
    rf"(?<![\w.,])[$\u20ac\u00a3]\s?{NUMBER}(?:\s?(?:k|m|bn)\b)?"
    rf"|(?<![\w.,]){NUMBER}\s?(?:pounds|dollars|euros)\b"
)
_LENGTH = (
    rf"(?<![\w.,]){NUMBER}\s?"
    r"(?:km|kilomet(?:er|re)s?|miles?|mi|m|met(?:er|re)s?|cm|mm|ft|feet|foot|inch(?:es)?|yards?|yd)\b"
)
_MASS = rf"(?<![\w.,]){NUMBER}\s?(?:kg|kilos?|kilograms?|g|grams?|mg|milligrams?|lbs?|ounces?|oz|stones?)\b"
_VOLUME = rf"(?<![\w.,]){NUMBER}\s?(?:l|litres?|liters?|ml|millilit(?:er|re)s?|gallons?|pints?|cups?)\b"
_SPEED = rf"(?<![\w.,]){NUMBER}\s?(?:mph|km/h|kph|kmh|m/s|knots)\b"
_TEMPERATURE = rf"(?<![\w.,])-?{NUMBER}\s?(?:°\s?[cf]\b|degrees(?:\s+(?:celsius|fahrenheit|c|f))?\b)"
_PERCENT = rf"(?<![\w.,]){NUMBER}\s?(?:%|per\s?cent\b)"

_KINDS: dict[str, str] = {
    **dict.fromkeys("price prices cost fee fare charge amount sum budget rent salary wage bill".split(), _MONEY),
    **dict.fromkeys("distance length height width depth".split(), _LENGTH),
    **dict.fromkeys("weight dose dosage mass".split(), _MASS),
    **dict.fromkeys("volume capacity".split(), _VOLUME),
    "speed": _SPEED,
    "temperature": _TEMPERATURE,
    **dict.fromkeys("percentage discount".split(), _PERCENT),
}
_FIGURES = {pattern: re.compile(pattern, re.IGNORECASE) for pattern in set(_KINDS.values())}
# "that price", "this distance", "the same dose": a quantity named by its kind and pointed at, not given
_NAMED = re.compile(
    rf"\b(?:that|this|the\s+same)\s+(?P<kind>{'|'.join(sorted(_KINDS, key=len, reverse=True))})\b", re.IGNORECASE
)


def named_quantity(text: str) -> re.Match[str] | None:
    """Where ``text`` names a quantity by a demonstrative and its kind ("that price"), with no figure of that kind
    of its own; ``None`` otherwise."""
    head = text[:SCAN]
    found = _NAMED.search(head)
    if found is None:
        return None
    figures = _FIGURES[_KINDS[found.group("kind").lower()]]
    return None if figures.search(head) else found


def figures_of(kind: str, text: str) -> list[str]:
    """The different figures of ``kind`` ("price", "distance") that ``text`` states, in order."""
    pattern = _KINDS.get(kind.lower())
    if pattern is None:
        return []
    return list(dict.fromkeys(m.group(0).strip() for m in _FIGURES[pattern].finditer(text[:SCAN])))


def stated_value(kind: str, text: str) -> str | None:
    """The one figure of ``kind`` that ``text`` states, or ``None`` when it states none or more than one."""
    found = figures_of(kind, text)
    return found[0] if len(found) == 1 else None


def with_stated_value(text: str, earlier: str) -> str | None:
    """``text`` with the quantity it names ("that price") said as the one figure of that kind ``earlier`` states
    ("£14"); ``None`` when it names none, gives its own, or ``earlier`` does not state exactly one."""
    found = named_quantity(text)
    if found is None:
        return None
    value = stated_value(found.group("kind"), earlier)
    if value is None:
        return None
    return f"{text[: found.start()]}{value}{text[found.end() :]}"


__all__ = ["NUMBER", "figures_of", "named_quantity", "stated_value", "with_stated_value"]
