"""Fuel economy and round trips in the words people use for them: 'my motorcycle does 110 km with one gallon' is 110
km per gallon, and 'for going and coming back' is there and back.

The request is read again with those words in the calculator's own ('110 km per gallon', 'there and back'); it is
answered only when that reading accounts for every number, so a phrase that meant something else is declined as
before. Each pattern is a flat alternation, linear to match.
"""

from __future__ import annotations

import re

_WITH_ONE = re.compile(
    r"\b(?P<distance>\d[\d.,]*\s*(?:km|kms|kilometers|kilometres|miles|mi))\s+(?:with|on|from)\s+(?:one|1|a|each)\s+"
    r"(?P<fuel>litre|liter|gallon|l)\b(?:\s+of\s+(?:fuel|gas|petrol|diesel|gasoline|benzine|naft[aë]|gasoil))?",
    re.IGNORECASE,
)
_BOTH_WAYS = re.compile(
    r"\b(?:for\s+)?(?:going\s+(?:there\s+)?and\s+(?:coming\s+back|returning)|go\s+and\s+come\s+back|"
    r"there\s+and\s+coming\s+back|coming\s+and\s+going|going\s+and\s+coming)\b",
    re.IGNORECASE,
)


def as_plain(text: str) -> str | None:
    """``text`` with its fuel economy and round trip said plainly, or None when it says neither otherwise."""
    said = _WITH_ONE.sub(lambda m: f"{m.group('distance')} per {m.group('fuel')}", text)
    said = _BOTH_WAYS.sub("there and back", said)
    return said if said != text else None
