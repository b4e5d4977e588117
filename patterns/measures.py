"""Conversions between units asked without a digit: "How many seconds are in a day?", "ounces in a pound".

"a day" is one day: the request gives its quantity in a word, and what it asks is worked out from the units'
definitions, not looked up. A count of things that are no units ("How many bones are in the human body?") is a
fact about the world, and is not read so.
"""

from __future__ import annotations

import re

from patterns.forms import MAX_NUMBER_SCAN

_UNITS = (
    r"(?:milli|micro|nano)?seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)"
    r"|(?:milli|centi|kilo)?(?:metre|meter)s?|inch(?:es)?|foot|feet|yards?|miles?|nautical\s+miles?"
    r"|(?:milli|kilo)?grams?|kilos?|ounces?|pounds?|stones?|tons?|tonnes?"
    r"|(?:milli)?(?:litre|liter)s?|pints?|quarts?|gallons?|cups?|tablespoons?|teaspoons?"
    r"|(?:kilo|mega|giga|tera)?bytes?|bits?|acres?|hectares?|degrees?|radians?"
)
UNITS = _UNITS
"""Units of time, length, weight, volume, data, area and angle as requests spell them, long or short."""
# "how many seconds (are there) in a day", "how many seconds there are in an hour", "how many ounces in one pound":
# one unit counted in another.
# ("how many ml are there in a pint": a unit written short is counted the same)
_COUNTED_UNITS = rf"{_UNITS}|ml|cl|mm|cm|km|kg|mg|lbs?|oz"
_CONVERSION = re.compile(
    rf"\bhow\s+many\s+(?:{_COUNTED_UNITS})\s+(?:(?:are|is)\s+(?:there\s+)?|there\s+(?:are|is)\s+)?in\s+"
    rf"(?:a|an|one|each|every)\s+(?:{_COUNTED_UNITS})\b",
    re.IGNORECASE,
)


# "bake at 350 F but my oven is in celsius", "35 degrees C, what's that in fahrenheit": a temperature given on one
# scale, and the other scale named.
# (a number is entered only at its first digit: a start inside a long run of digits would rescan the rest of it)
_TEMPERATURE = re.compile(
    r"(?<![\d,.])\d[\d,]*+(?:\.\d+)?\s*(?:°\s*|degrees?\s+)?(?P<scale>f|c|fahrenheit|celsius|centigrade)\b",
    re.IGNORECASE,
)
_SCALES = re.compile(r"\b(?:fahrenheit|celsius|centigrade)\b|°\s*[fc]\b", re.IGNORECASE)


def converts_units(text: str) -> bool:
    """Whether ``text`` asks how many of one unit make up one of another ("How many minutes are there in a
    week?"), gives a temperature on one scale and names the other ("Recipe says 350 F but my oven is in
    celsius"), or gives a measure and asks for it in a unit ("The shelf is 72 inches long, I need it in cm"): a sum,
    for whoever works on numbers."""
    head = text[:MAX_NUMBER_SCAN]
    return _CONVERSION.search(head) is not None or _converts_a_temperature(head) or _converts_a_quantity(head)


# A unit as requests write it short or long ("72 inches", "3.42 kg", "5 lb", "12 cm").
_SHORT_UNITS = r"(?:mm|cm|km|m|ft|yds?|kg|g|lbs?|oz|st|ml|l|mph|kph|km/h)"
_MEASURED = re.compile(rf"(?<![\w.,])\d[\d,]*+(?:\.\d+)?\s*(?:{_UNITS}|{_SHORT_UNITS})\b", re.IGNORECASE)
# "customer wants it in cm", "what's that in lb?", "need them as kilos": the quantity given, asked for in a unit
_WANTED_IN = re.compile(
    rf"\b(?:it|that|this|them|those|these)\s+(?:in|into|as)\s+(?:{_UNITS}|{_SHORT_UNITS})(?=[\s.,;:!?]|$)",
    re.IGNORECASE,
)


def _converts_a_quantity(text: str) -> bool:
    given = _MEASURED.search(text)
    return given is not None and _WANTED_IN.search(text, given.end()) is not None


def _converts_a_temperature(text: str) -> bool:
    given = _TEMPERATURE.search(text)
    if given is None:
        return False
    fahrenheit = given.group("scale").lower().startswith("f")
    named = {m.group(0).lower().lstrip("°").strip()[:1] for m in _SCALES.finditer(text, given.end())}
    return bool(named - {"f" if fahrenheit else "c"})
