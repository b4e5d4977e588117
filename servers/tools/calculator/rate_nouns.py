"""A rate asked of the one thing counted, by the name of what was done to it: 'Night shift picked 14,380 units in
7.5 hours. What's that in picks per hour?' (the picks are the units picked).

The request counts one kind of thing ('14,380 units'); the question asks '<name> per <period>' where the name is
the noun of a verb the story says ('picked' -> 'picks', 'scanned' -> 'scans'). The request is read again with the
counted thing named in the question ('units per hour'), and answered only when that reading accounts for every
number. A name the story does not make from its own verb ('customers per hour' of tickets sold) is another thing,
and keeps the request as it was; so does no name at all ('how many per hour'), which another reading may have left
when it set the name aside.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_PERS = frozenset({"per", "an", "a"})


def as_counted(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the question's rate named by the one thing counted, or None."""
    if len(tokens) > 120:
        return None
    counted = {t.word for k, t in enumerate(tokens[1:], 1) if _counted_noun(tokens, k)}
    if len(counted) != 1:
        return None
    noun = counted.pop()
    for k in range(1, len(tokens) - 2):
        if tokens[k].word not in _PERS or not _period(tokens[k + 1]):
            continue
        asked = tokens[k - 1]
        if asked.kind == "word" and asked.word != noun and _done_to(tokens, asked.word):
            return f"{text[: asked.start]}{noun} {text[tokens[k].start :]}"
    return None


def _counted_noun(tokens: list[Token], k: int) -> bool:
    """'14,380 units': a plain noun right after a number, naming what is counted (no unit, no word of a sum)."""
    token = tokens[k]
    if tokens[k - 1].kind != "number" or token.kind != "word" or token.attached or not token.word.isalpha():
        return False
    return lookup(token.word, short=False) is None and token.word not in CHANGES and token.word.endswith("s")


def _period(token: Token) -> bool:
    measure = lookup(token.word, short=False) if token.kind == "word" else None
    return measure is not None and measure.dimension == "time" and measure.per is None


def _done_to(tokens: list[Token], asked: str) -> bool:
    """Whether ``asked`` ('picks') is the noun of a verb the story says ('picked', 'picking')."""
    if not asked.endswith("s") or len(asked) < 4:
        return False
    stem = asked[:-1]
    if stem.endswith("e"):  # 'serves' of 'served', 'serving'
        forms = {stem + "d", stem[:-1] + "ing"}
    else:  # 'picks' of 'picked', 'scans' of 'scanned'
        forms = {stem + "ed", stem + "ing", stem + stem[-1] + "ed", stem + stem[-1] + "ing"}
    return any(t.kind == "word" and t.word in forms for t in tokens)
