"""Things a request adds with no amount of their own: 'plus a flag fee', 'and a backpack', 'plus some overtime'.

A sum of the amounts given would leave such a thing out and come up short, so the reckoning declines a request that
names one: 'plus', 'and' or 'with' then 'a', 'an', 'some' or 'the' and a thing, with no number before its clause
ends ('and the coach is £380' names its amount; 'and a backpack.' does not), or 'plus' with no number after it.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_JOINS = frozenset({"plus", "and", "with", "also"})
_ARTICLES = frozenset({"a", "an", "some", "the", "my", "our", "any"})
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ","})
_NOT_THINGS = frozenset("each every one how what that this it".split())


def names_unpriced(tokens: list[Token], end: int, inside: set[int]) -> bool:
    """Whether a thing is added outside the givens' tokens (``inside``) with no amount in its clause."""
    for i in range(end):
        word = tokens[i].word
        if i in inside or word not in _JOINS:
            continue
        nxt = tokens[i + 1]
        if word == "plus" and nxt.kind not in ("number", "currency") and nxt.word not in _ARTICLES:
            return True  # 'plus delivery'
        if nxt.word in _ARTICLES and tokens[i + 2].kind == "word" and tokens[i + 2].word not in _NOT_THINGS:
            if not _amount_in_clause(tokens, i + 2, end):
                return True
    return False


def _amount_in_clause(tokens: list[Token], i: int, end: int) -> bool:
    while i < end and tokens[i].text not in _CLAUSE_ENDS and tokens[i].word not in ("and", "plus", "how", "what"):
        if tokens[i].kind in ("number", "currency"):
            return True
        i += 1
    return False
