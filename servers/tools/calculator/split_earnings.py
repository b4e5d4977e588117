"""Where a shared amount came from, said right after it: 'Split the £2,340 we made at the beer festival equally
between the four of us', 'share the $860 I won in the raffle between my 3 kids'.

An amount split equally among a counted group is the same share however it was come by: 'we made', 'I raised at
the fete' names its source, not a count or a period the share depends on. The clause is set aside before the
readers see it, only when it can mean nothing else: it follows an amount of money in a request that splits or
shares, it is 'we' or 'I' and a verb of getting money, with at most a short place after it ('at the beer festival')
that holds no number, unit or period, and a word of the split ('equally', 'between', ...) comes right after it.
"""

from __future__ import annotations

from servers.tools.calculator.split_purposes import ENDS, SPLITS, plain
from servers.tools.calculator.tokens import Token

_SPEAKERS = frozenset("we i they".split())
_GOT = frozenset("made make raised earned took won collected got received cleared netted banked".split())
_PLACES = frozenset("at from in on".split())
_PLACE_WORDS = 5  # 'at the beer festival', 'from the summer fete': a short name


def drop_split_earnings(tokens: list[Token]) -> None:
    """Remove, in place, the first 'we made (at the ...)' said right after a split amount."""
    if not any(t.word in SPLITS for t in tokens):
        return
    for k, token in enumerate(tokens[:-3]):
        if token.kind != "currency" or tokens[k + 1].kind != "number":
            continue
        at = k + 2
        if tokens[at].word not in _SPEAKERS or tokens[at + 1].word not in _GOT:
            continue
        end = at + 2
        if tokens[end].word in _PLACES:
            place = end + 1
            while place < len(tokens) and place - end - 1 < _PLACE_WORDS and plain(tokens[place]):
                place += 1
            end = place if place > end + 1 else end
        if end < len(tokens) and (tokens[end].word in ENDS or tokens[end].text in ENDS):
            del tokens[at:end]
            return
