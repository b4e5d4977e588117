"""A count that says again how many amounts are listed: 'Add up £1,250, £875 and £2,310 from the three events', 'the
mean of 12, 15 and 21 over the 3 days'. The count closing the request names the listed amounts by their number; it
is no number of the sum. The request is read again without it ('from the events') and answered only when that
reading accounts for every number.

Only a count equal to how many other numbers the request says, told as one list (joined by commas or 'and'), in a
phrase closing the request (a preposition, an owner or article, the count and a plain noun or two), reads so: a
count that differs ('from the four events' for three amounts) says something is missing or more, and is left to the
readers, which decline it."""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_PREPOSITIONS = frozenset("from for over across in at on between".split())
_OWNERS = frozenset("the my our their his her these those".split())
_CLOSING = frozenset({".", "?", "!"})
_NOUN_WORDS = 2


def without_count(text: str, tokens: list[Token]) -> str | None:
    """``text`` without a closing count of the amounts it lists, or None when it closes with none."""
    end = len(tokens) - 1
    while end > 0 and tokens[end - 1].text in _CLOSING:
        end -= 1
    j = end
    while j > end - _NOUN_WORDS and inert(tokens[j - 1]):
        j -= 1
    count = j - 1
    if j == end or count < 2 or tokens[count].kind != "number" or tokens[count].value.denominator != 1:
        return None
    begin = count - (tokens[count - 1].word in _OWNERS)
    if tokens[begin - 1].word not in _PREPOSITIONS:
        return None
    others = [k for k, t in enumerate(tokens[: begin - 1]) if t.kind == "number"]
    if len(others) != tokens[count].value or any(t.kind in ("clock", "date") for t in tokens):
        return None
    if not _listed(tokens, others):
        return None  # 'One barrica holds 225 litres ... 70 cl ... from 3 barricas': three figures, but no list
    return text[: tokens[count].start] + text[tokens[count + 1].start :]


def _listed(tokens: list[Token], figures: list[int]) -> bool:
    """Whether the figures are told as one list: joined by commas or 'and', each perhaps with its sign or unit."""
    for before, after in zip(figures, figures[1:], strict=False):
        between = [t for t in tokens[before + 1 : after] if t.kind not in ("currency", "symbol") or t.text == ","]
        words = [t.text if t.kind == "symbol" else t.word for t in between]
        if any(w not in (",", "and", "&") and not _unit(tokens, before, w) for w in words):
            return False
    return True


def _unit(tokens: list[Token], figure: int, word: str) -> bool:
    """Whether ``word`` is the unit of the figure before it ('12 kg, 15 kg and 21 kg')."""
    return tokens[figure + 1].word == word and lookup(word) is not None
