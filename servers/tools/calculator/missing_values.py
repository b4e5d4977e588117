"""The one value missing from a list with a known average: 'the average of 4 numbers is 10, three are 8, 9, 12,
what's the fourth?' → 10 × 4 − (8 + 9 + 12) = 11.

The story says how many values there are and their average ('the average of 4 numbers is 10', 'the mean of five
scores is 70'), then all of them but one ('three are 8, 9, 12', 'four of them are ...'), and asks for the last ('what
is the fourth', 'the fifth one', 'the missing one', 'the other one'). The count of values listed must be one fewer
than the count said, and must be said too when it is ('three are ...'); anything else declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import ORDINALS
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_AVERAGE = (("the", "average", "of"), ("the", "mean", "of"), ("average", "of"), ("mean", "of"))
_THINGS = frozenset("numbers values scores marks results readings".split())
_ASKED = (("what's", "the"), ("whats", "the"), ("what", "is", "the"), ("find", "the"), ("so", "what's", "the"),
          ("so", "what", "is", "the"))  # fmt: skip
_LAST = frozenset("last other missing remaining".split())
_PAUSES = frozenset({",", ".", ";", "and"})


def solve_missing_value(tokens: list[Token], start: int) -> Solution | None:
    """The value that makes the listed ones average as said; None unless the request is exactly that."""
    told = tokens[start:-1]
    words = [t.word or t.text for t in told]
    opening = next((p for p in _AVERAGE if words[: len(p)] == list(p)), None)
    if opening is None:
        return None
    k = len(opening)
    if k + 4 > len(told) or told[k].kind != "number" or words[k + 1] not in _THINGS:
        return None
    count = Fraction(told[k].value)
    if words[k + 2] not in ("is", "was") or told[k + 3].kind != "number":
        return None
    mean = Fraction(told[k + 3].value)
    k += 4
    while k < len(told) and words[k] in _PAUSES:
        k += 1
    listed_count: Fraction | None = None
    if k < len(told) and told[k].kind == "number" and words[k + 1 : k + 2] == ["are"]:
        listed_count, k = Fraction(told[k].value), k + 2  # 'three are 8, 9, 12'
    elif k < len(told) and told[k].kind == "number" and words[k + 1 : k + 4] == ["of", "them", "are"]:
        listed_count, k = Fraction(told[k].value), k + 4
    values: list[Fraction] = []
    while k < len(told) and (told[k].kind == "number" or words[k] in (",", "and")):
        if told[k].kind == "number":
            values.append(Fraction(told[k].value))
        k += 1
    if not numbers.is_integer(count) or len(values) != count - 1 or listed_count != len(values):
        return None  # the listed values must be said to be all but one ('three are ...'), and be that many
    if not _asks_last(words[k:], int(count)):
        return None
    total = mean * count
    missing = numbers.checked(total - sum(values))
    listed = " + ".join(numbers.format_number(v) for v in values)
    steps = [
        f"{numbers.format_number(count)} values averaging {numbers.format_number(mean)} total "
        f"{numbers.format_number(mean)} × {numbers.format_number(count)} = {numbers.format_number(total)}",
        f"{numbers.format_number(total)} − ({listed}) = {numbers.format_number(missing)}",
    ]
    expression = f"{numbers.format_number(mean)} * {numbers.format_number(count)} - ({listed})"
    return Solution(numbers.format_number(missing), missing, "missing value", expression, steps)


def _asks_last(words: list[str], count: int) -> bool:
    """', what's the fourth?', 'what is the missing one': the question after the list, asking for the one left."""
    while words and words[0] in _PAUSES:
        words = words[1:]
    asked = next((p for p in _ASKED if words[: len(p)] == list(p)), None)
    if asked is None:
        return False
    rest = words[len(asked) :]
    if rest[-1:] in (["one"], ["number"], ["value"]):
        rest = rest[:-1]
    return len(rest) == 1 and (rest[0] in _LAST or ORDINALS.get(rest[0]) == count or rest[0] == _ordinal(count))


def _ordinal(count: int) -> str:
    suffix = "th" if 10 <= count % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")
    return f"{count}{suffix}"
