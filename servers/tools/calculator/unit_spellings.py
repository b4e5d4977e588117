"""Units as people type them, read as the grammar spells them: a power written as a plain figure after a length
('18.5 m2', 'per m3': 'm squared', 'm cubed', as 'm²' is read) and a rate said with 'on every' or 'for each'
('420 trees on every hectare', '£5 for each guest': per hectare, per guest).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from servers.tools.calculator.quantities import singular

if TYPE_CHECKING:
    from servers.tools.calculator.tokens import Token

_LENGTH_SYMBOLS = frozenset("mm cm m km ft yd mi".split())
_POWERS = {"2": "squared", "3": "cubed"}
_BEFORE_UNITS = frozenset({"per", "in", "many", "/", "a"})


def powered_lengths(tokens: list[Token]) -> list[Token]:
    """'18.5 m2', '9.6 m3', '40 ft2': a length's symbol written with its power straight after it, as 'm²' is;
    read as 'm squared' so an area is never taken for a length and a second number (18.5 m by 2). Without a number
    before it, only where a unit is named ('£20 per m2', 'volume in m3') and in lower case ('the M2 motorway')."""
    out = list(tokens)
    for k in range(1, len(out) - 1):
        unit, power = out[k], out[k + 1]
        if (
            unit.kind == "word"
            and unit.word in _LENGTH_SYMBOLS
            and (out[k - 1].kind == "number" or (out[k - 1].text in _BEFORE_UNITS and unit.text.islower()))
            and power.kind == "number"
            and power.attached
            and power.text in _POWERS
        ):
            out[k + 1] = replace(power, kind="word", text=_POWERS[power.text], value=None)
    return out


_EVERY = frozenset({"every", "each"})
_ON = frozenset({"on", "in", "for"})
_NOT_THINGS = frozenset("one of other the a an".split())


def per_every(tokens: list[Token]) -> list[Token]:
    """'420 trees on every hectare', '12 eggs in each box', '£5 for each guest': 'on every' (and 'in each', 'for
    each') right after an amount, before the one thing it is said of, is 'per' that thing. Only straight after a
    figure and the word it counts, and only of a thing the request counts too ('6.5 hectares', '40 guests'): 'a lamp
    every 10 m on each side' of a path keeps its sides."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if (
            k + 2 < len(tokens)
            and token.word in _ON
            and tokens[k + 1].word in _EVERY
            and tokens[k + 2].kind == "word"
            and tokens[k + 2].word not in _NOT_THINGS
            and _after_amount(tokens, k)
            and _counted_elsewhere(tokens, k + 2)
        ):
            out.append(replace(token, text="per"))
            k += 2
            continue
        out.append(token)
        k += 1
    return out


def _after_amount(tokens: list[Token], k: int) -> bool:
    """A figure right before ``k``, or a figure and the one word it counts ('420 trees', '12 eggs'), or a measure of
    a thing ('18 kg of apples')."""
    before = tokens[max(0, k - 4) : k]
    if before and before[-1].kind in ("number", "currency"):
        return True
    if len(before) >= 2 and before[-2].kind == "number" and before[-1].kind == "word":
        return True
    words = [t.word for t in before]
    return len(before) == 4 and before[0].kind == "number" and words[2] == "of" and all(words[1::2])


def _counted_elsewhere(tokens: list[Token], k: int) -> bool:
    """Whether the thing at ``k`` is counted by a figure elsewhere in the request ('40 guests', '6.5 hectares'): in
    the plural, as things are counted ('a 3 dial padlock' names a kind of padlock, counting no dials)."""
    thing = singular(tokens[k].word)
    return any(
        j != k and tokens[j - 1].kind == "number" and tokens[j].word != thing and singular(tokens[j].word) == thing
        for j in range(1, len(tokens))
    )
