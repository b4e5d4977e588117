"""A slab or a box said by its length and width and then how thick or deep it is: 'Concrete slab is 12.5 m by 8.4 m
and 0.15 m thick. What volume is that in cubic metres?' is 12.5 m by 8.4 m by 0.15 m. The words are put the way the
figures reader takes three sides ('by'), and the request is answered only when that reader accounts for all of it.
"""

from __future__ import annotations

from servers.tools.calculator.geometry import solve_geometry
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_THICK = frozenset("thick deep high tall".split())


def solve_thick_box(tokens: list[Token], start: int) -> Solution | None:
    """The volume of 'L by W and T thick'; None when the request says its sides any other way."""
    found = [
        k
        for k in range(start + 3, len(tokens) - 3)
        if tokens[k].word == "and"
        and tokens[k - 3].word == "by"
        and tokens[k - 2].kind == "number"
        and tokens[k + 1].kind == "number"
        and tokens[k + 3].word in _THICK
        and tokens[k + 2].kind == "word"
        and tokens[k + 2].word == tokens[k - 1].word
    ]
    if len(found) != 1 or not any(t.word == "volume" for t in tokens[start:]):
        return None
    k = found[0]
    by = Token("word", "by", tokens[k].start)
    return solve_geometry([*tokens[:k], by, *tokens[k + 1 : k + 3], *tokens[k + 4 :]], start)
