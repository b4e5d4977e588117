"""Plants potted into pots of a size: 'I'm potting on 360 lavender plugs into 2 litre pots' — one plant to a pot,
so 360 pots of 2 litres, 720 litres of compost.

Potting puts each plant in a pot of its own; that is what the verb says, as 'bag 360 apples into 2 kg bags' does not
(many apples share a bag), so only a verb of potting is read this way. The count and the pot size are said in one
clause: '<pot verb> [on|up] <count> <plants> into|in <size> <unit> pots'. The request is read again as each plant
going into one pot ('360 lavender plugs, each into a 2 litre pot') and answered only when that reads in full.
"""

from __future__ import annotations

import re

_POTTED = re.compile(
    r"\b(?P<verb>pot|pots|potting|potted|repot|repots|repotting|repotted)(?:\s+(?:on|up))?\s+"
    r"(?P<count>\d[\d,]*)\s+(?P<plants>(?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:into|in)\s+"
    r"(?P<size>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>[a-z]+)\s+(?P<pots>pots|containers|tubs)\b",
    re.IGNORECASE,
)


def one_to_a_pot(text: str) -> str | None:
    """``text`` with its plants potted one to a pot said outright, or None when it pots none."""
    found = list(_POTTED.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    pot = m["pots"][:-1]
    said = f"{text[: m.end('plants')]}, each into a {m['size']} {m['unit']} {pot}"
    return said + text[m.end("pots") :]
