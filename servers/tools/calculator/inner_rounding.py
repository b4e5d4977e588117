"""How many decimals the answer is wanted to, said inside the request as a phrase of its own: 'Total of these
weights, to 1dp: 2.35, 4.18 and 0.82 kg', 'To 2 decimal places, what's the mean of ...', 'What's the average, to
2 dp, of 3, 4 and 4?'.

Decimal places say nothing but how the answer is shown, wherever they stand; the phrase is set aside only when
punctuation closes it off (a comma or colon after it, and a comma or the start of the request before it), so it
cannot be part of another phrase. What is left must be understood in full, and its answer is shown to the places.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator.rounding import rounded
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_PLACES = (("decimal", "places"), ("decimal", "place"), ("dp",), ("d.p",))
_MAX_PLACES = 12


def to_places(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """``text`` solved without its one inner decimal-places phrase, the answer shown to the places it asks; None
    when it has no such phrase, more than one, or what is left is not understood in full."""
    tokens = tokenize(text)
    found = [clause for i in range(len(tokens)) if (clause := _clause(tokens, i)) is not None]
    if len(found) != 1:
        return None
    begin, end, places = found[0]
    shorter = text[: tokens[begin].start].rstrip() + " " + text[tokens[end].start :].lstrip()
    try:
        solution = solve(shorter.strip())
    except ToolInputError:
        return None
    if any(
        note.startswith("rounded to") and ("decimal place" in note or "whole number" in note) for note in solution.notes
    ):
        return None  # 'To 1dp, what's 10 / 3, to 2dp?': the places asked twice
    return rounded(solution, places)


def _clause(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """'to 1 dp' at ``i`` closed off by punctuation: where the text to set aside begins and ends, and the places."""
    count = tokens[i + 1] if i + 1 < len(tokens) else tokens[i]
    if tokens[i].word != "to" or count.kind != "number" or count.value.denominator != 1:
        return None
    if not 0 <= count.value <= _MAX_PLACES:
        return None
    width = next(
        (len(p) for p in _PLACES if all(tokens[min(i + 2 + k, len(tokens) - 1)].word == w for k, w in enumerate(p))),
        0,
    )
    after = i + 2 + width
    if not width or tokens[after].text not in (",", ":"):
        return None
    if i == 0 and tokens[after].text == ",":
        return 0, after + 1, int(count.value)  # 'To 1dp, what's the total ...'
    if i > 0 and tokens[i - 1].text == ",":
        return i - 1, after + (tokens[after].text == ","), int(count.value)  # ', to 2 dp,' and ', to 1dp:'
    if i > 0 and tokens[i - 1].kind == "word" and tokens[after].text == ":":
        return i, after, int(count.value)  # 'these weights to 1dp: 2.35, ...'
    return None
