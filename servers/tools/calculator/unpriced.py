"""What a story of purchases names without its price: 'plus a flag fee', '... plus labour'.

An answer that left such a thing out would be short by an amount the user told us about, so the story is not read
as a sum of its lines (and is declined unless another reading accounts for it).
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_PRICED = frozenset("fee charge surcharge tip tax vat gst deposit".split())
"""Words naming an amount: said with no number near them, the amount is missing."""
_PART_ENDS = frozenset({",", ".", "?", "!", ";", "and", "plus"})


def unpriced(tokens: list[Token], start: int, givens: list[Given], *, whole: bool) -> bool:
    """'plus a flag fee' with no amount: a fee, tip or tax the story (the ``whole`` request, when the question was
    its lead) names without its number; or anything added with 'plus' and no amount ('... plus labour')."""
    question = len(tokens) - 1 if whole else question_start(tokens, start)
    for i in range(start, question):
        if tokens[i].word in _PRICED and not any(_names(tokens, g, i) for g in givens):
            return True
        if tokens[i].word == "plus" and _unpriced_part(tokens, i + 1):
            return True
    return False


def _names(tokens: list[Token], g: Given, i: int) -> bool:
    """Whether the word at ``i`` names the given's amount: 'a tip of $5', 'a $6 booking fee' (not '$50 plus tax')."""
    return (
        g.start - 3 <= i < g.end
        or g.end <= i <= g.end + 2
        and not any(t.word in ("plus", "and", "with") or t.text == "," for t in tokens[g.end : i])
    )


def _unpriced_part(tokens: list[Token], i: int) -> bool:
    """Whether the part of the story from ``i`` (to its next pause, 'and' or 'plus') says no amount: 'plus labour'."""
    j = i
    while tokens[j].kind != "end" and tokens[j].text not in _PART_ENDS and tokens[j].word not in _PART_ENDS:
        if tokens[j].kind in ("number", "currency"):
            return False
        j += 1
    return j > i
