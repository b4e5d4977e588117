"""The thing a figure's lengths measure, named right after them: 'a 4.5 m by 3.2 m bedroom', 'the area of a 7.35 m
by 4.62 m church hall in sq m', 'a 6 m x 4 m lawn?'.

Up to two plain words after a length and its unit only say which thing is measured, when the request goes on with
nothing they could change: its end, a stop, or the unit or rounding asked ('in', 'to'). A word that names a
measure, scales the figure ('half') or says the figure's own lengths is never one of them; the caller says which
words are plain for it.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_AFTER = frozenset({"in", "to", "please", "pls", "thanks"})
_STOPS = frozenset({".", "?", "!", ",", ";", ":", "-", "—", "("})


def thing_after_lengths(tokens: list[Token], i: int, names_thing: Callable[[str], bool]) -> int:
    """How many words at ``i`` name the thing the length before them belongs to, or 0."""
    if i < 2 or tokens[i - 2].kind != "number" or tokens[i - 1].kind != "word":
        return 0
    unit = lookup(tokens[i - 1].text)
    if unit is None or unit.dimension != "length" or unit.per is not None:
        return 0
    j = i
    while j < i + 2 and tokens[j].kind == "word" and names_thing(tokens[j].word):
        j += 1
    after = tokens[j]
    if j == i or not (after.kind == "end" or after.text in _STOPS or after.word in _AFTER):
        return 0
    return j - i
