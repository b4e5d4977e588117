"""A fraction written with a slash before a unit: '3/4 cup of sugar' is three quarters of a cup, '1/2 mile' half a
mile.

So is one 'of a' unit: '3/8 of an inch' is three eighths of an inch.

Read by the arithmetic, '3/4 cup' is 3 divided by 4 cups, which has no meaning, so the request was declined. Written
with no space around its slash, of two whole numbers, and right before a unit of measure (not money: '£3/4 hours'
is a rate), the fraction is one number: the three tokens are replaced in place by it, so every reader sees 0.75
cup. '3 / 4 cups' with spaces stays a division, and a fraction before anything but a unit stays as written.

A score is written the same way: 'I got 18/25 on my spelling test' is 18 marks out of 25, not 0.72 of anything. After
a verb of scoring, a slash between two whole numbers, the first no more than the second, is read 'out of'; and a
last sentence that is only 'percent?' asks for that score as a percentage.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token


def join_fractions(tokens: list[Token]) -> None:
    """Replace, in place, each 'a/b' written before a unit of measure by the one number a/b (a score first)."""
    read_scores(tokens)
    k = 0
    while k < len(tokens) - 3:
        top, slash, bottom, unit = tokens[k : k + 4]
        if _whole(top) and slash.text == "/" and slash.attached and _whole(bottom) and bottom.attached:
            of_a = _of_a(tokens, k + 3)  # '3/8 of an inch': a part of one unit
            if of_a:
                unit = tokens[k + 5]
            measure = lookup(unit.word, short=False) if unit.kind == "word" and not unit.attached else None
            if measure is not None and not is_money(measure) and bottom.value != 0 and not _after_number(tokens, k):
                value = Fraction(top.value) / Fraction(bottom.value)
                tokens[k : k + 3 + 2 * of_a] = [Token("number", f"{top.text}/{bottom.text}", top.start, value)]
        k += 1


def _of_a(tokens: list[Token], k: int) -> bool:
    return tokens[k].word == "of" and tokens[k + 1].word in ("a", "an") and tokens[k + 2].kind == "word"


_SCORING = frozenset("got get scored score scoring getting marked".split())
_BARE_ASKS = frozenset({"percent", "percentage", "%"})


def read_scores(tokens: list[Token]) -> None:
    """Replace, in place, a score 'got 18/25' by '18 out of 25', and a last bare 'percent?' by 'as a percentage'."""
    scored = False
    for k in range(1, len(tokens) - 3):
        top, slash, bottom = tokens[k : k + 3]
        if tokens[k - 1].word in _SCORING and _whole(top) and slash.text == "/" and slash.attached:
            after = tokens[k + 3]
            if after.word == "of" or after.kind == "word" and lookup(after.word, short=False) is not None:
                continue  # 'got 3/4 cup of flour', 'got 3/4 of the pizza': a part of something, not marks
            if _whole(bottom) and bottom.attached and 0 < bottom.value and top.value <= bottom.value:
                out = Token("word", "out", slash.start)
                tokens[k + 1 : k + 2] = [out, Token("word", "of", slash.start)]
                scored = True
    last = len(tokens) - 2 - (tokens[-2].text == "?")  # the end token closes every request
    if scored and last > 0 and tokens[last].text.lower() in _BARE_ASKS and tokens[last - 1].text in ".!,-":
        tokens[last : last + 1] = [Token("word", w, tokens[last].start) for w in ("as", "a", "percentage")]


def _whole(token: Token) -> bool:
    return token.kind == "number" and token.text.isdigit()


def _after_number(tokens: list[Token], k: int) -> bool:
    """'1 3/4 cups' is a mixed number the amounts read already; '10 - 3/4 cup' a sum: left as written."""
    return k > 0 and (tokens[k - 1].kind == "number" or tokens[k - 1].text in ("/", "*", "^"))
