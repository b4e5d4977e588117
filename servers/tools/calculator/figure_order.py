"""A thing named before its sides: 'the area of an office measuring 12.5 metres by 8.4 metres', 'a window 1.2 m by
0.9 m', 'six kennel walls that measure 2 m by 1.8 m each'.

The figure readers know a thing by its sides said first ('a 12.5 m by 8.4 m office') or by a figure's name ('a
room 5 m by 4 m'). A thing named by the words of the story (``inert``: office, window, bedroom) and then its two
sides, with or without 'measuring', is said again with its sides first, and the request read again — answered only
when that reading accounts for every figure. Sides followed by a word that says what they measure ('3 m by 4 m
across') are left as they are: moved, that word would be said of the thing instead. Sides in anything but a
length, or words that are not inert, leave the request as it is.
"""

from __future__ import annotations

import re

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import tokenize

_SIDE = r"\d+(?:\.\d+)?\s*([a-z]+)\b"
_NAMED_FIRST = re.compile(
    r"\b(a|an|the|six|two|three|four|five)\s+((?:[a-z]+\s+){0,2}[a-z]+)\s*,?\s+"
    r"(?:measuring\s+|(?:that|which)\s+(?:measures|measure|is|are)\s+)?"
    rf"({_SIDE}\s+(?:by|x)\s+{_SIDE})(?!\s*(?:by|x)\s*\d)"
    r"(?!\s+(?:across|wide|long|high|deep|tall|thick|round|around|diameter|radius|in\s+diameter)\b)",
    re.IGNORECASE,
)
_VERBS = frozenset("is are measures measure measuring".split())
_RELATIVES = frozenset("that which".split())


def sides_first(text: str) -> str | None:
    """``text`` with each thing named before its two sides said with its sides first, or None when none is."""

    def moved(found: re.Match[str]) -> str:
        words = found[2].split()
        cut = next((k for k, w in enumerate(words) if w.lower() in _VERBS | _RELATIVES), len(words))
        if words[cut:] and words[-1].lower() not in _VERBS:
            return found[0]  # 'a wall that is painted 2 m by ...': more than a thing and how it measures
        nouns = words[:cut]
        if not nouns or not all(_inert(w) for w in nouns) or not all(_length(u) for u in (found[4], found[5])):
            return found[0]
        return f"{found[1]} {found[3]} {' '.join(nouns)}"

    said = _NAMED_FIRST.sub(moved, text)
    return said if said != text else None


def _inert(word: str) -> bool:
    tokens = tokenize(word)
    return len(tokens) == 2 and inert(tokens[0])


def _length(unit: str) -> bool:
    measure = lookup(unit.lower(), short=True)
    return measure is not None and measure.dimension == "length" and measure.per is None
