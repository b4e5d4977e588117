"""World measures: "How long is a marathon?", "how tall is the Eiffel Tower", "How far is the Moon from Earth?" ask
a measure of a thing in the world, giving no number: a fact to look up, like "how many moons does Jupiter have"
(``forms.counts_in_the_world``), not a sum to work out. With a number given ("How long is it from 7:45 to 3:10?",
"how far is 5 km in miles") it is a sum, and this says no.

One anchored match on the first ``SCAN`` characters, and a digit check on the same stretch.
"""

from __future__ import annotations

import re

SCAN = 200

_MEASURE = re.compile(
    r"^\W*(?:(?:please\s+)?(?:tell\s+me|do\s+you\s+know|any\s+idea)\s+)?how\s+(?:long|tall|high|far|deep|wide|big"
    r"|heavy|old|fast|hot|cold)\s+(?:is|are|was|were)\s+(?:a|an|the|mount|lake|river)\s+[a-z]",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def measures_in_the_world(text: str) -> bool:
    """Whether ``text`` asks a measure of a thing in the world and gives no number ("How long is a marathon?")."""
    head = text[:SCAN]
    return _MEASURE.match(head) is not None and _DIGIT.search(head) is None


__all__ = ["measures_in_the_world"]
