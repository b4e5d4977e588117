"""A thing named, then its measure, with no verb between: 'ceiling 5.5m x 3.8m, area sq m?', 'kennel run 3.5m x
2.4m', 'ribbon 85cm per bouquet, 14 bouquets', 'shelf 1.8m long, jars 7.5cm wide, how many jars fit in a row'.

Notes and text-speak drop the 'is' a sentence would say. A clause that opens with one to three words naming a
thing (inert words of the story, ``inert``, or the surfaces a room is measured by) followed at once by a figure
with a unit of measure is said again with its 'is' ('the ceiling is 5.5m x 3.8m'), and the request read again —
answered only when that reading accounts for every figure. A word that reads as arithmetic ('total', 'add',
'each'), a function word, money or a bare count leaves the clause as it is.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_OPENS = frozenset({",", ".", ";", ":"})
_MOST_WORDS = 3
_SURFACES = frozenset("ceiling ceilings floor floors".split())
"""Things measured whose names are also sums ('ceiling', 'floor' round a number); followed by a measure, a thing."""
_FUNCTION_WORDS = frozenset(
    "is are was were be been am the a an of in on at for by to from with and or but so if my our your his her their "
    "its it this that these those i we you he she they me us them there here then than as about per each every "
    "how what what's whats which when where who why".split()
)


def with_is(text: str, tokens: list[Token]) -> str | None:
    """``text`` with 'is' (or 'are') said between each opening thing and its measure, or None when none is."""
    inserts: list[tuple[int, str]] = []
    k = 0
    while tokens[k].kind != "end":
        opening = k == 0 or tokens[k - 1].text in _OPENS
        if not opening:
            k += 1
            continue
        j = k
        while j < k + _MOST_WORDS and _names_thing(tokens[j]):
            j += 1
        if j > k and _measure_at(tokens, j):
            verb = "are" if tokens[j - 1].word.endswith("s") and not tokens[j - 1].word.endswith("ss") else "is"
            inserts.append((tokens[j].start, verb))
        k = max(j, k + 1)
    if not inserts:
        return None
    for at, verb in reversed(inserts):
        text = text[:at] + f"{verb} " + text[at:]
    return text


def _names_thing(token: Token) -> bool:
    if token.kind != "word" or token.word in _FUNCTION_WORDS:
        return False
    return token.word in _SURFACES or inert(token)


def _measure_at(tokens: list[Token], j: int) -> bool:
    """A figure at ``j`` followed by a unit of measure that is not money ('5.5m', '85 cm', '15 kg')."""
    if tokens[j].kind != "number" or tokens[j + 1].kind != "word":
        return False
    measure = lookup(tokens[j + 1].word)
    return measure is not None and not is_money(measure) and measure.dimension != "time"
