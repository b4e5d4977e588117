"""A figure said as rough: 'An elephant drinks roughly 150 litres a day', 'We sell around 120 coffees a day'.

'roughly', 'about', 'around', 'approximately' before a number say the user's own figure is not exact; the answer
worked from it is as rough as it is, and the working shows the figure used. 'exactly' and 'precisely' ('after
exactly one year') say the figure is the one to use, which it is anyway. The word stays where it could say
something else ('about the same', 'walk around the lake'), so it is read away only when a number (or a currency
sign and a number) follows it at once, and only when the request cannot be read with it. What is left must account
for every number in the request, as any reading must.
"""

from __future__ import annotations

import re

_ROUGH = re.compile(
    r"\b(?:(?:roughly|approximately|approx\.?|about|around|circa)\s+(?=[£$€¥₹]?\d)"
    r"|(?:exactly|precisely)\s+(?=[£$€¥₹]?\d|one\b))",
    re.IGNORECASE,
)


def as_exact(text: str) -> str | None:
    """``text`` with each rough figure said plainly, or None when it has none. ('nearly', 'almost' and 'over' say a
    bound, not a rough figure, and are not read away.)"""
    said = _ROUGH.sub("", text)
    return None if said == text else said
