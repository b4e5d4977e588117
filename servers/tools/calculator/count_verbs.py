"""A verb said of a count, which names no things counted: 'a meal for 6 came to £150', 'dinner for 6 reached £150',
'lunch for 4 worked out at £60'.

The word after a count is read as the things it counts ('6 jars', '4 friends'). Where that word instead tells what
the count came to — it is followed by an amount of money, straight or after a little word ('to', 'at', 'out at') —
it is a verb: the count counts nothing named, and no answer may be given 'per came' or 'per reached'. A plural
('3 pints £12', a price list) is a noun in that place and is still read as the things counted.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import singular
from servers.tools.calculator.tokens import Token

COUNT_VERBS = frozenset("cost costs weigh weighs hold holds contain contains make makes take takes sell sells".split())
"""Verbs after a count of things ('12 buses carry', '10 pens cost'): the noun ends before them."""
TOLD_OF = frozenset("came come comes went arrived turned showed total totals totalled totaled added".split())
"""Verbs said of a count however they are followed: '6 came to', '4 went out', 'dinner for 6 totals £150'."""
_LEADS = frozenset("to out up in".split())
"""Little words between a verb and the amount it tells: 'amounted to £150', 'worked out at £60', 'ended up at'
('at' alone follows a noun as often: '12 people at $9.50 a head')."""


def tells_amount(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j``, straight after a count, is a verb telling what the count came to (a word for
    people, 'people', 'staff', is not asked here: it is the things counted)."""
    word = tokens[j].word
    if word in TOLD_OF:
        return True
    if word != singular(word):
        return False  # '3 pints £12': the things counted
    k = j + 1
    if tokens[k].word in _LEADS:
        k += 1 + (tokens[k + 1].word in ("at", "to"))  # 'worked out at', 'came in at'; not '12 pizza at $9'
    return tokens[k].kind == "currency" or tokens[k].kind == "number" and tokens[k + 1].kind == "currency"
