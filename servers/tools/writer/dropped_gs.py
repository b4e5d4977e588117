"""Verbs written as they are said, with the g dropped: 'a text to Lou tellin him the amount', 'an email askin
the landlord for the deposit back'. The instruction is read with the word spelt out ('telling', 'asking'), so what
follows it is read as what the text says, as it is after 'telling'. Only the verbs an instruction uses to say what
a text does are spelt out; the material (the user's own words to keep) is never changed.
"""

from __future__ import annotations

import re

_SAID = {
    f"{stem}in": f"{stem}ing"
    for stem in (
        "tell ask say lett remind invit thank explain inform warn wish congratulat apologis apologiz confirm "
        "follow chas request propos offer welcom cancell cancel mov chang book plann updat "
        "send writ mak tak gett com go do call"
    ).split()
}
"""The g-dropped verbs an instruction says what a text does with, by what they stand for ('tellin': 'telling')."""
_DROPPED = re.compile(r"\b([a-z]+in)'?(?![\w'])", re.IGNORECASE)
_MATERIAL_STARTS = re.compile(r"[:\n`]")


def as_spelt(request: str) -> str:
    """``request`` with each g-dropped verb of its instruction (what comes before a colon, a line break or a code
    fence) spelt out in full; the material after it as written."""
    starts = _MATERIAL_STARTS.search(request)
    cut = starts.start() if starts else len(request)
    return _DROPPED.sub(_spelt, request[:cut]) + request[cut:]


def _spelt(found: re.Match[str]) -> str:
    said = found.group(1)
    full = _SAID.get(said.lower())
    if full is None:
        return found.group(0)
    return full[:1].upper() + full[1:] if said[:1].isupper() else full
