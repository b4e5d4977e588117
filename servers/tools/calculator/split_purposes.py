"""What a shared cost or a loan is for, said after it: 'splitting the $2,850 pitch fee for the summer series
equally', 'my cousin lent me 6.000 € to train the young dog, ...'.

A cost split equally among a counted group is the same share whatever it pays for: 'for the summer series', 'for
the school trip', 'for the end-of-term party' names the purpose, not a period or a count that changes the sum. The
phrase is set aside before the readers see it, but only when it can mean nothing else: it follows an amount of money
and the noun(s) naming the cost, the request splits or shares, and the phrase holds no number, no unit and no
period ('for the 3 nights', 'for each week', 'for the month' stay for the readers, which decline what they cannot
place). A loan's purpose ('lent me $4,000 for one new water pump,', 'borrowed 6.000 € to train the young dog,') is
set aside the same way: after an amount lent or borrowed, up to the comma or full stop that closes it.
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


_LENT = frozenset("lent lend lends loaned loan borrowed borrow borrowing".split())
_PURPOSE_WORDS = 6  # 'to train the young dog', 'for one new water pump'
_OPENS = frozenset({"the", "a", "an", "one", "my", "our", "his", "her", "their", "some", "new"})


def drop_split_purposes(tokens: list[Token]) -> None:
    """Remove, in place, the first 'for the <name>' said after a split cost's amount and name, and the purpose said
    after an amount lent or borrowed."""
    _drop_loan_purpose(tokens)
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


def _drop_loan_purpose(tokens: list[Token]) -> None:
    """Remove, in place, 'to <verb> ...' or 'for <a thing>' after the amount of a loan, up to a comma or full stop."""
    lent = next((k for k, t in enumerate(tokens) if t.word in _LENT), None)
    if lent is None:
        return
    k = lent + 1
    while k < len(tokens) and k < lent + 4 and tokens[k].kind not in ("number", "currency"):
        k += 1  # 'lent me', 'lent us'
    while k < len(tokens) and tokens[k].kind in ("number", "currency"):
        k += 1  # the amount: '$4,000', '6.000 €'
    if k == lent + 1 or k >= len(tokens) or tokens[k].word not in ("to", "for"):
        return
    opening = tokens[k].word == "to" or tokens[k + 1].text.lower() in _OPENS
    end = k + 1 + (tokens[k + 1].text.lower() == "one")  # 'for one new water pump': one pump, no figure of the sum
    while end < len(tokens) and end - k <= _PURPOSE_WORDS and plain(tokens[end]):
        end += 1
    if opening and end > k + 1 and end < len(tokens) and tokens[end].text in (",", "."):
        del tokens[k:end]
