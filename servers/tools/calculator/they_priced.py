"""Things counted in one sentence and priced in the next: 'Bought 12 tents in the sale. They were £89.99 each with
30% off. What did we spend?' is the story '12 tents ... at £89.99 each with 30% off', which the readers of a purchase
know.

The sentence before must count one kind of thing and nothing else (one number, no money, no percentage), and the
next must open with 'They' (or 'These', 'Those') and a verb of price ('were', 'are', 'cost', 'came in at') before
an amount each. The request is read again with the two sentences joined by 'at'; that reading must account for every
number and word, as any reading must.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token, tokenize

_THEY = frozenset("they these those".split())
_VERBS = (
    ("were",),
    ("are",),
    ("cost",),
    ("costs",),
    ("came", "in", "at"),
    ("come", "in", "at"),
    ("were", "priced", "at"),
)
_EACH = frozenset({"each", "apiece"})
_ENDS = frozenset({".", ",", ";"})


def as_priced(text: str) -> str | None:
    """``text`` with 'N things. They were £P each' said as 'N things at £P each', or None."""
    tokens = tokenize(text)
    for k, token in enumerate(tokens[:-4]):
        if token.text not in _ENDS or tokens[k + 1].word not in _THEY:
            continue
        verb = next((v for v in _VERBS if all(tokens[k + 2 + i].word == w for i, w in enumerate(v))), None)
        if verb is None:
            continue
        at = k + 2 + len(verb)
        if tokens[at].kind != "currency" or tokens[at + 1].kind != "number" or tokens[at + 2].word not in _EACH:
            return None
        if any(t.word == "after" for t in tokens):
            return None  # '£89.99 each after 30% off': the price already cut, which no line may cut again
        opening = max((j + 1 for j in range(k) if tokens[j].text in _ENDS - {","}), default=0)
        told = [j for j in range(opening, k) if tokens[j].kind in ("number", "currency") or tokens[j].text == "%"]
        if len(told) != 1 or tokens[told[0]].kind != "number" or not _counts_things(tokens, told[0]):
            return None
        noun_end = tokens[told[0] + 2].start  # 'Bought 12 tents| in the sale.'
        close = next(j for j in range(at, len(tokens)) if tokens[j].text in _ENDS - {","} or tokens[j].kind == "end")
        middle = text[noun_end : token.start].strip()
        priced = text[tokens[at].start : tokens[close].start].rstrip()
        return f"{text[:noun_end].rstrip()} at {priced}{' ' + middle if middle else ''}{text[tokens[close].start :]}"
    return None


def _counts_things(tokens: list[Token], k: int) -> bool:
    """'Bought 12 tents', '12 tents.': a whole count of things bought, with a plural noun after it ('tents for 12
    scouts' counts the scouts, not what 'they' are)."""
    noun = tokens[k + 1]
    value = tokens[k].value
    bought = k == 0 or tokens[k - 1].word in _BUYS or tokens[k - 1].text in _ENDS
    return bought and value.denominator == 1 and value > 1 and noun.kind == "word" and noun.word.endswith("s")


_BUYS = frozenset("bought buy buying got get ordered order purchased picked hired booked sold need needed".split())
