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
# "how many seconds (are there) in a day", "how many seconds there are in an hour", "how many ounces in one pound":
# one unit counted in another.
_CONVERSION = re.compile(
    rf"\bhow\s+many\s+(?:{_UNITS})\s+(?:(?:are|is)\s+(?:there\s+)?|there\s+(?:are|is)\s+)?in\s+(?:a|an|one|each|every)\s+"
    rf"(?:{_UNITS})\b",
    re.IGNORECASE,
)


def converts_units(text: str) -> bool:
    """Whether ``text`` asks how many of one unit make up one of another ("How many minutes are there in a
    week?"): a sum with its quantity in a word, for whoever works on numbers."""
    return _CONVERSION.search(text[:MAX_NUMBER_SCAN]) is not None
