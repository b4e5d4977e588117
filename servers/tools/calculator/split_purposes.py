"""What a shared cost is for, said after it: 'splitting the $2,850 pitch fee for the summer series equally'.

A cost split equally among a counted group is the same share whatever it pays for: 'for the summer series', 'for
the school trip', 'for the end-of-term party' names the purpose, not a period or a count that changes the sum. The
phrase is set aside before the readers see it, but only when it can mean nothing else: it follows an amount of money
and the noun(s) naming the cost, the request splits or shares, and the phrase holds no number, no unit and no
period ('for the 3 nights', 'for each week', 'for the month' stay for the readers, which decline what they cannot
place).
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

SPLITS = frozenset("split splitting splits share sharing shared divide dividing divided".split())
ENDS = frozenset({"equally", "evenly", "between", "among", "amongst", ",", ".", "?", "!", ";"})
_MAX_WORDS = 4  # 'for the summer series', 'for the end of term party': a short name
_NAMES_MAX = 3  # 'pitch fee', 'hall hire', 'fuel bill': the cost's name after its amount
_TIMES = frozenset(
    "day days night nights week weeks month months year years weekend weekends hour hours each every per "
    "person people head heads us them all both whole total".split()
)
"""Words that would make the phrase a stretch or a count the share depends on ('for the week', 'for each')."""


def drop_split_purposes(tokens: list[Token]) -> None:
    """Remove, in place, the first 'for the <name>' said after a split cost's amount and name."""
    if not any(t.word in SPLITS for t in tokens):
        return
    for k, token in enumerate(tokens):
        if token.kind != "currency" or k + 1 >= len(tokens) or tokens[k + 1].kind != "number":
            continue
        at = k + 2
        named = 0
        while named < _NAMES_MAX and tokens[at].kind == "word" and tokens[at].word not in ("for", "and"):
            at += 1
            named += 1
        if not named or tokens[at].word != "for" or tokens[at + 1].word != "the":
            continue
        end = at + 2
        while end < len(tokens) and end - at - 2 < _MAX_WORDS and plain(tokens[end]):
            end += 1
        if end > at + 2 and end < len(tokens) and tokens[end].word in ENDS | {tokens[end].text} & ENDS:
            del tokens[at:end]
            return


def plain(token: Token) -> bool:
    """A word of a purpose's name: no number, unit or period."""
    return (
        token.kind == "word"
        and token.word not in _TIMES
        and token.word not in ENDS
        and lookup(token.word, short=False) is None
    )
