"""A currency written by its code or short name before the amount: 'NOK 21.50', 'IDR 15.540.000', 'Rp 350.000',
'kr 14,20', 'EGP 1,834', 'LE 95', 'Tk 8,400', 'CHF 480.00'; and one named by a word that is ordinary English too,
right after the amount: '650 sol', '500 lek', '20 lei'.

The amounts are read with a sign before the figure ('$21.50') or a code after it ('21.50 NOK'); a code before it
was a word the grammar did not know, so 'Feed costs NOK 14.20 per kg' was not read as money at all. Each such
word right before a figure becomes the currency it names, exactly as a sign would be. Only codes and the short
names written this way are taken ('nok', 'idr', 'rp', 'kr', 'le', 'tk'), never a word that is also a currency's
full name in a sentence ('dollars', 'rand', 'yen').

A word such as 'sol', 'lek', 'lei' or 'tala' is a currency only right after a figure, where a unit is read ('650
sol per kg'); anywhere else it is the word it is ('the sol', 'a lei'). It becomes the currency it names there, as a
sign written after the figure does ('650€').
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from servers.tools.calculator.currencies import AFTER, WORDS
from servers.tools.calculator.quantities import is_money, lookup

if TYPE_CHECKING:
    from servers.tools.calculator.tokens import Token

_MAX_CODE = 3  # 'NOK', 'Rp', 'kr', 'Kč': codes and short names; longer words are names said in a sentence
_CAPITALS_ONLY = frozenset({"le"})
"""Short names that are words too ('le' in a French name): a currency only in capitals ('LE 95')."""


def as_currency_signs(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each currency code written right before a figure turned into the currency it names."""
    out = list(tokens)
    for k in range(len(out) - 1):
        word, after = out[k], out[k + 1]
        if word.kind != "word" or after.kind != "number" or len(word.text) > _MAX_CODE or not word.text.isalpha():
            continue
        if k > 0 and out[k - 1].kind in ("number", "currency"):
            continue  # '4500 NOK 12 times': the code closes the amount before it
        if word.word in _CAPITALS_ONLY and not word.text.isupper():
            continue
        code = money_code(word.word)
        if code is not None:
            out[k] = replace(word, kind="currency", value=code)
    return out


def money_code(word: str) -> str | None:
    """The currency code a word names as a whole unit of money ('euros' -> 'EUR', 'nok' -> 'NOK'); None for any
    other word, or a rate or minor unit of money ('pence')."""
    measure = lookup(word, short=False)
    if not is_money(measure) or measure.per is not None or measure.factor != 1:
        return None
    return measure.dimension.removeprefix("money ")


def as_currencies_after(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each currency word that is an ordinary word too ('sol', 'lek', 'Ft') turned into the currency
    it names where it stands right after a figure, in a request that names no other currency: in '20 lei for the
    party at $3 each' the lei are garlands. A word that is also a unit ('Ft', feet) is the currency only where
    nothing else in the request is measured in that unit's kind ('6 Ft long, how many metres?' is feet)."""
    out = list(tokens)
    named = {t.value for t in tokens if t.kind == "currency"} | {WORDS[t.word] for t in tokens if t.word in WORDS}
    measured: Counter[str] | None = None  # how many words of the request measure in each kind, counted once
    for k in range(1, len(tokens)):
        code = _named_after(tokens[k])
        if code is None or tokens[k - 1].kind != "number" or named - {code}:
            continue
        unit = lookup(tokens[k].text, short=False)
        if unit is not None:
            measured = measured if measured is not None else _measured(tokens)
            if measured[unit.dimension] > 1:
                continue
        out[k] = replace(tokens[k], kind="currency", value=code)
    return out


def _named_after(token: Token) -> str | None:
    """The currency a word names where it may only follow a figure: 'sol' in any case, 'Ft' only as written."""
    if token.kind != "word":
        return None
    return AFTER[token.word] if token.word in _ANY_CASE else AFTER.get(token.text)


_ANY_CASE = frozenset(word for word in AFTER if word.islower())


def _measured(tokens: list[Token]) -> Counter[str]:
    """How many words of the request name a unit of each kind ('length': 2 in '12 Ft by 10 Ft')."""
    units = (lookup(t.word, short=False) for t in tokens if t.kind == "word")
    return Counter(unit.dimension for unit in units if unit is not None)


def signs_held(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each figure written after a currency and a space read as held by it, as a figure written
    against its sign is: letters before an amount ('Tk 850', 'Fr. 38.50', 'NOK 21.50') are set apart by a space."""
    return [
        replace(t, attached=True) if k and t.kind == "number" and tokens[k - 1].kind == "currency" else t
        for k, t in enumerate(tokens)
    ]
