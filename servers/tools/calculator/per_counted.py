"""A price per the thing counted is a price each: '60 cases at €84 per case', '12 tyres at £389 a tyre', '45
licences at $12.50 per licence' say what '60 cases at €84 each' says. The request is read again with the price said
'each', and answered only when that reading accounts for every number.

Only a price said per the very noun the count names (as one of it: 'cases' and 'case'), in the same clause as the
count and after it, is read so. A price per anything else ('€84 per litre', '£12.50 per user' of licences, '£3 a
day') is a rate of another measure or of another count, and is left to the readers as it is.

A price said first and the count ordered after it ('Gaffer tape is $8.75 a roll and we need 36 rolls') is the same
line told the other way round; ``priced_orders`` says it as one.
"""

from __future__ import annotations

from servers.tools.calculator import priced_orders
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token

_PER = frozenset("per a an".split())
_CLAUSE_ENDS = frozenset({".", "?", "!", ";"})
_NOUN_GAP = 4  # '60 cases of Bordeaux at': the count's noun, then a few words before the price
_PRICE_GAP = 8


def priced_each(text: str, tokens: list[Token]) -> str | None:
    """``text`` with 'per <the thing counted>' after a price said 'each', or None when it has no such price."""
    cuts: list[Token] = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].word not in _PER or not _priced(tokens, i):
            continue
        thing = tokens[i + 1]
        if thing.kind != "word" or not thing.word.isalpha() or lookup(thing.word, short=False) is not None:
            continue  # '€84 per litre', '£3 a day': a rate of a measure, not a price of one thing counted
        if _counted(tokens, i, singular(thing.word)) and tokens[i + 2].word not in _PER:
            cuts.append(tokens[i])
    if not cuts:
        return priced_orders.as_line(text, tokens)  # 'is $8.75 a roll and we need 36 rolls': 36 rolls at $8.75 each
    for per in reversed(cuts):
        thing = tokens[tokens.index(per) + 1]
        text = text[: per.start] + "each" + text[thing.start + len(thing.text) :]
    return text


def _priced(tokens: list[Token], i: int) -> bool:
    """An amount of money right before 'per' ('€84 per', '12.50 dollars a')."""
    before = tokens[i - 1]
    if before.kind == "number":
        return i > 1 and tokens[i - 2].kind == "currency"
    money = lookup(before.word) if before.kind == "word" else None
    return money is not None and money.dimension.startswith("money") and tokens[i - 2].kind == "number"


def _counted(tokens: list[Token], i: int, thing: str) -> bool:
    """A whole count of ``thing`` earlier in the clause: '60 cases', '12 drive tyres', '45 Microsoft licences'."""
    for k in range(i - 2, max(i - 3 - _PRICE_GAP, -1), -1):
        if tokens[k].text in _CLAUSE_ENDS:
            return False
        if tokens[k].kind != "number" or tokens[k].value.denominator != 1 or k and tokens[k - 1].kind == "currency":
            continue
        return any(singular(t.word) == thing for t in tokens[k + 1 : k + 1 + _NOUN_GAP] if t.kind == "word")
    return False
