"""A quantity its clause goes on to say is each one's, in words no reader took: 'wood and wire cost me G$3,800 fi
each cage', '£40 to each of them'.

Readers that know a price is one thing's mark it so ('£18 each', '£6.50 a jar', 'each one costs £2'). When none
did, but 'each', 'every', 'per' or 'apiece' follows the quantity a few words on in the same clause, the quantity
may be one thing's all the same; read as what the lot came to, it would give a confident wrong sum, so the reading
is given up.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_EACH = frozenset({"each", "every", "per", "apiece"})
_CLAUSE_JOINS = frozenset({"and", "but", "or"})
REACH = 3
"""How many words after the quantity still belong to its saying ('fi each cage', 'for every one')."""


def each_trails(tokens: list[Token], end: int) -> bool:
    """Whether the words right after a quantity ending at ``end``, before anything but a word or a clause's join,
    say 'each', 'every', 'per' or 'apiece' of one thing (not 'for every 4 jars')."""
    for k in range(end, min(end + REACH, len(tokens))):
        token = tokens[k]
        if token.kind != "word" or token.word in _CLAUSE_JOINS:
            return False
        if token.word in _EACH:
            # 'for every 4 jars', 'per 100 km': a few of them, which readers of their own read
            return k + 1 >= len(tokens) or tokens[k + 1].kind != "number"
    return False
