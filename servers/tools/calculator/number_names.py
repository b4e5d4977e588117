"""Numbers that name a thing rather than count or measure it: the bus 'on the 47', 'route 12', 'the 7:15 bus', an
event's distance in 'her 100 m times'. A reader that must account for every number sets these aside as names: they
are never a quantity to multiply, add or average.

Only shapes that cannot be a quantity are read as names:

- a whole number right after 'the' that ends its clause ('we average 2.6 km per litre on the 47.'): a count or a
  measure says what it counts ('the 47 seats');
- a whole number right after a word that numbers things ('route 12', 'bus 47', 'platform 3', 'room 101');
- a clock time between 'the', 'my' or 'our' and a plain noun ('the 7:15 bus', 'my 6:30 class');
- a distance said before a plain noun it qualifies ('100 m times', '400 m splits'): what is timed, not how far;
- 'one of my swimmers', 'one of the boats': the one the story is about, picked from a group it does not count.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

NUMBERING = frozenset("route bus number no platform gate lane room flight train".split())
"""Words after which a number names one thing of many: 'route 47', 'bus 12'."""

_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "-", "(", ")"})
_OWNERS = frozenset("the my our his her their your these those".split())
_NOT_NAMED = frozenset({"and", "or", "of", "in", "a", "an", "per", "each", "to", "for"})


def names_a_thing(tokens: list[Token], i: int) -> bool:
    """Whether the number or clock time at ``i`` names something (see the module's shapes); ``tokens`` are padded."""
    token = tokens[i]
    before, after = tokens[i - 1] if i > 0 else tokens[i], tokens[i + 1]
    if token.kind == "clock":
        return before.word in ("the", "my", "our") and _plain_noun(after)
    if token.kind != "number" or not numbers.is_integer(token.value):
        return False
    if token.text.lower() == "one" and after.word == "of" and tokens[i + 2].word in _OWNERS:
        return tokens[i + 3].kind == "word"  # 'one of my swimmers'; 'one of the 3 boats' is one of a count
    if i == 0:
        return False
    if before.word in NUMBERING:
        return True
    if before.word == "the" and (after.text in _CLAUSE_ENDS or after.kind == "end"):
        return True
    unit = lookup(after.word) if after.kind == "word" else None
    return unit is not None and unit.dimension == "length" and unit.per is None and _plain_noun(tokens[i + 2])


def _plain_noun(token: Token) -> bool:
    return token.kind == "word" and token.word not in _NOT_NAMED and lookup(token.word) is None
