"""How many are needed at a ratio of one to so many: 'we've got 42 residents and the night ratio is one carer per
seven residents. how many carers do i need?' → 42 ÷ 7 = 6 carers; a part of one more is one more (43 residents is 7).

The request gives one count of the things or people looked after ('42 residents') and a ratio of one to so many of
them ('one carer per seven residents', '1 adult for every 8 children', '1:6'), and asks how many of the one are
needed. The ratio must be said of the same things counted. Any other number, or a word that changes the count
('already', 'more', 'except', 'plus'), declines the reading.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PER = (("per",), ("for", "every"), ("to", "every"), ("for", "each"), ("to",), ("for",), ("every",))
_ONES = {"children": "child", "people": "person", "residents": "resident", "kids": "kid", "men": "man",
         "women": "woman"}  # fmt: skip
_SPOILERS = frozenset("already more less except plus minus extra besides than half twice off".split())


def solve_staff_ratio(tokens: list[Token], start: int) -> Solution | None:
    """How many are needed at one per so many; None unless the request is exactly that."""
    window = request_window(tokens, start, 50)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    if any(t.word in _SPOILERS or t.kind == "currency" for t in tokens[start:end]):
        return None
    ratio = _ratio(tokens, start, end)
    if ratio is None:
        return None
    one, per, of, used = ratio
    counts = [k for k in range(start, end) if tokens[k].kind == "number" and k not in used]
    if len(counts) != 1 or _one(tokens[counts[0] + 1].word) != of:
        return None
    total = Fraction(tokens[counts[0]].value)
    if total <= 0 or total.denominator != 1 or per.denominator != 1 or per <= 0:
        return None
    asked = [t.word for t in tokens[start:end]]
    if not any(asked[k] == "how" and asked[k + 1] == "many" for k in range(len(asked) - 1)):
        return None
    if not any(_one(w) == one for w in asked[asked.index("how") :]):
        return None  # 'how many carers': the question asks the one of the ratio
    if any(_period(t) for t in tokens[start + asked.index("how") : end]):
        return None  # 'how many tablets a week': how often the one is given is not said
    needed = math.ceil(total / per)
    exact = total / per
    step = f"{total} {of}s ÷ {per} per {one} = {numbers.format_number(exact)}"
    steps = [step] if exact.denominator == 1 else [step, f"rounded up to whole {one}s: {needed}"]
    solution = Solution(f"{needed} {one}s" if needed != 1 else f"1 {one}", needed, "ratio needed",
                        f"ceil({total} / {per})", steps)  # fmt: skip
    solution.notes.append(f"one {one} for every {per} {of}s; a part of one more needs one more")
    return solution


def _period(token: Token) -> bool:
    """'week', 'daily', 'hours': a stretch of time, which a count at a ratio does not have."""
    if token.kind != "word" or token.word in ("night", "nights"):
        return False
    unit = lookup(token.word.removesuffix("ly"), short=False) or lookup(token.word, short=False)
    return unit is not None and unit.dimension == "time" or token.word in ("daily", "weekly", "monthly", "yearly")


def _one(word: str) -> str:
    return _ONES.get(word, singular(word))


def _ratio(tokens: list[Token], start: int, end: int) -> tuple[str, Fraction, str, set[int]] | None:
    """'one carer per seven residents', '1 adult for every 8 children': (carer, 7, resident, the tokens it takes)."""
    found: list[tuple[str, Fraction, str, set[int]]] = []
    for k in range(start, end - 3):
        if tokens[k].kind != "number" or tokens[k].value != 1 or tokens[k + 1].kind != "word":
            continue
        for phrase in _PER:
            at = k + 2
            if [t.word for t in tokens[at : at + len(phrase)]] != list(phrase):
                continue
            at += len(phrase)
            if tokens[at].kind == "number" and tokens[at + 1].kind == "word":
                found.append((_one(tokens[k + 1].word), Fraction(tokens[at].value), _one(tokens[at + 1].word),
                              {k, at}))  # fmt: skip
            break
    return found[0] if len(found) == 1 else None
