"""A count said without its noun, after the story has named the one thing it counts: 'Each bag takes 12 rosquillas.
Today we baked 500. How many bags ...?': 500 rosquillas.

A verb of making or getting ('baked', 'made', 'picked', 'caught', 'sold', 'have') with a bare whole number after it,
closing its clause, counts what the story counts elsewhere when the story counts exactly one plural noun. The noun
is said again ('we baked 500 rosquillas') and the request read in full; with two nouns counted, or none, the count
stays bare and the request is left to decline.
"""

from __future__ import annotations

import re

_BARE = re.compile(
    r"\b(?P<verb>(?:we|i|they|he|she)\s+(?:baked|made|picked|caught|sold|bought|got|harvested|produced|packed|have|"
    r"had|need|needed|cooked|carved|grew|collected))\s+(?P<count>\d[\d,]*)(?=\s*[.,;!?])",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\b\d[\d,]*\s+(?P<noun>[a-z]{3,20}s)\b", re.IGNORECASE)
_MAX = 400


def with_noun(text: str) -> str | None:
    """``text`` with its one bare count given the story's one counted noun, or None (see above)."""
    if len(text) > _MAX:
        return None
    bare = list(_BARE.finditer(text))
    nouns = {m["noun"].lower() for m in _COUNTED.finditer(text)}
    if len(bare) != 1 or len(nouns) != 1:
        return None
    found = bare[0]
    return f"{text[: found.end()]} {nouns.pop()}{text[found.end() :]}"
