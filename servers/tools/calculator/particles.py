"""Verbs said with a particle that is not a relation between the figures: 'the fish man dropped off a box',
'she dropped the keys off', 'I sent off the order'. The 'off' of a delivery is not 'off' a price, so a reading that
stops at words like 'off' (a discount) reads on past it."""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_DELIVERED = frozenset(
    "drop drops dropped dropping send sends sent sending post posts posted posting ship ships shipped shipping "
    "sign signs signed signing clock clocks clocked clocking log logs logged logging".split()
)
_BETWEEN = frozenset("it them this that these those the a an my our his her their".split())


def delivery_particle(tokens: list[Token], k: int) -> bool:
    """Whether the 'off' at ``k`` belongs to a verb of handing over or signing off ('just dropped off a box',
    'dropped the box off'), read back over at most three words of its object."""
    if tokens[k].word != "off":
        return False
    for at in range(k - 1, max(k - 4, -1), -1):
        if tokens[at].word in _DELIVERED:
            break
        if tokens[at].kind != "word" or at < k - 1 and tokens[at].word not in _BETWEEN:
            return False  # 'dropped the order off', 'sent it off': at most a short object between
    else:
        return False
    return k + 1 == len(tokens) or tokens[k + 1].kind != "currency"  # 'sent off £40' is paid


def delivered(tokens: list[Token]) -> set[int]:
    """Where the request says 'off' of a delivery (``delivery_particle``)."""
    return {k for k in range(len(tokens)) if delivery_particle(tokens, k)}
