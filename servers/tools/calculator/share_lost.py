"""A share of a count lost, told in a story: 'In March we put 250,000 spat in the baskets. Now 18% have died. How
many oysters are left?', 'I had 250 eggs and 12% broke. How many are left?', 'There were 400 seedlings and 15% died.
How many survived?'.

The sum is one: the count less the share lost (or the share itself, when the question asks how many were lost). A
story tells it with any nouns, so it is read by its shape and restated as the plain request every reader knows
('What is 250,000 minus 18%?', 'What is 18% of 250,000?'), which is then read in full:

* exactly two figures: one count or amount, and one percentage said with a verb of losing in its clause ('died',
  'broke', 'were sold', 'went bad', 'sells 20%'), after the count;
* the last sentence asks what is left ('left', 'remain', 'survived', 'still alive') or what was lost (the verb of
  losing again), and nothing else;
* every other word a frame word, a word of the story outside the closed class of words that change sums
  (``inert``), or one of these readings' own: 'of them', 'rest', 'more', 'each', a second percentage or figure leave
  the request unread.
"""

from __future__ import annotations

from servers.tools.calculator.inert import droppable
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.timespans import MONTHS
from servers.tools.calculator.tokens import Token

_LOST = frozenset(
    "died dead die dies broke broken break breaks sold sell sells lost lose loses spoiled spoilt spoil rotted rotten "
    "damaged "
    "failed fail stolen wasted cracked missing bad".split()
)
_LEFT = frozenset("left remain remaining remains survived survive survivors alive still good unsold intact".split())
_OWN = (
    _LOST
    | _LEFT
    | frozenset(
        "how many much what is are were was have has had did do does went go gone got get now then there put and "
        "we i they number total".split()
    )
    | frozenset(MONTHS)  # 'In March we put 250,000 spat in': when the story began, which changes no share
)
_ENDS = frozenset({".", "?", "!", ";"})


def as_left(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for what is left after a share was lost, or for the share lost; None
    when it is not one (see above)."""
    if any(t.kind in ("clock", "date", "ordinal", "currency") for t in tokens):
        return None
    figures = [k for k, t in enumerate(tokens) if t.kind == "number"]
    if len(figures) != 2 or tokens[figures[1] + 1].text != "%" or tokens[figures[0] + 1].text == "%":
        return None
    count, share = figures
    if not _lost_in_clause(tokens, share):
        return None
    question = last_sentence(tokens)
    asked = {t.word for t in tokens[question:] if t.kind == "word"}
    left, lost = bool(asked & _LEFT), bool(asked & _LOST)
    if left == lost or question <= share:
        return None
    unit = figures[0] + 1 if tokens[count + 1].kind == "word" and tokens[count + 1].word not in _OWN else None
    for k, token in enumerate(tokens):
        if token.kind == "word" and k != unit and not droppable(token, _OWN):
            return None
    counted = tokens[count].text
    percent = tokens[share].text
    return f"What is {counted} minus {percent}%?" if left else f"What is {percent}% of {counted}?"


def _lost_in_clause(tokens: list[Token], share: int) -> bool:
    """Whether a verb of losing is said in the percentage's clause, after it ('18% have died', '12% broke') or
    just before it ('sells 20% of them')."""
    for token in tokens[share + 2 : share + 7]:
        if token.text in _ENDS or token.kind == "number":
            break
        if token.word in _LOST:
            return True
    return any(t.word in _LOST for t in tokens[max(0, share - 2) : share])
