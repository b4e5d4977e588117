"""A sum to share named first and told in the next sentence: 'We split the stall profit three ways. Last month was
£4,356. What do we get each?'

The sharing sentence names what is shared ('the stall profit') with no amount; the next sentence is only that
amount ('Last month was £4,356', 'It came to £900'), said of one time or of 'it'. The request is read again with
the amount in its place ('We split the £4,356 stall profit three ways. What do we get each?') and answered only when
that reading accounts for everything.
"""

from __future__ import annotations

from servers.tools.calculator.split_company import SHARING
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("the our my their his her".split())
_STOPS = frozenset({".", "!", ";"})
_TIMES = frozenset("last this that next month week year term season quarter fortnight time".split())
_WAS = (("was",), ("is",), ("came", "to"), ("comes", "to"), ("it", "was"), ("it", "came", "to"), ("that", "was"))
_MAX_NAME = 3


def amount_in_place(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the amount of the sentence after a sharing one put before what is shared, or None."""
    for k, token in enumerate(tokens):
        if token.word not in SHARING or tokens[k + 1].word not in _OWNERS:
            continue
        name = k + 2
        end = name
        while end < len(tokens) and tokens[end].kind == "word" and end - name < _MAX_NAME + 1:
            if tokens[end].word in ("ways", "between", "evenly", "equally", "among", "with"):
                break
            end += 1
        if end == name or tokens[end].kind == "end":
            return None
        stop = next((j for j in range(end, len(tokens)) if tokens[j].text in _STOPS or tokens[j].kind == "end"), None)
        if stop is None or tokens[stop].kind == "end" or any(t.kind == "currency" for t in tokens[k:stop]):
            return None
        told = _told(tokens, stop + 1)
        if told is None:
            return None
        amount, after = told
        said = text[tokens[amount].start : tokens[amount + 1].start + len(tokens[amount + 1].text)]
        rest = text[tokens[after].start :] if tokens[after].kind != "end" else ""
        head = text[: tokens[name].start] + said + " " + text[tokens[name].start : tokens[stop].start + 1]
        return f"{head} {rest}".rstrip()
    return None


def _told(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The sentence from ``at`` when it is only an amount said of a time or 'it': where its currency is, and where
    the next sentence starts."""
    j = at
    while tokens[j].word in _TIMES:
        j += 1
    for phrase in _WAS:
        if all(tokens[j + n].word == w for n, w in enumerate(phrase)):
            j += len(phrase)
            break
    else:
        return None
    if j == at or tokens[j].kind != "currency" or tokens[j + 1].kind != "number":
        return None
    if tokens[j + 2].text not in (".", "!", ";"):
        return None
    return j, j + 3
