"""A change of temperature told as a story: 'It was minus 4 degrees at 7am and 11 degrees by mid afternoon. By how
many degrees did the temperature rise?'.

Exactly two temperatures (a number, a sign said as '-' or 'minus', and 'degrees', '°', '°C' or 'Celsius' after it,
both in one scale), any clock times said as when ('at 7am', 'by 3 pm'), and a question asking how many degrees it
rose, fell or changed. The answer is the second less the first; a question naming the other direction from the
one the numbers took, another number, or a word that makes it a rate or an average declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

_UP = frozenset("rise rose risen climb climbed warm warmed warmer up increase increased go went".split())
_DOWN = frozenset("fall fell fallen drop dropped cool cooled colder down decrease decreased".split())
_CHANGE = frozenset("change changed difference".split())
_SPOILERS = frozenset("per each every average hour hourly rate minute fahrenheit kelvin times twice half".split())
_WHEN = frozenset("at by until till from to around about".split())


def solve_temperature_change(tokens: list[Token], start: int) -> Solution | None:
    """How many degrees a temperature rose or fell from the first reading to the second; None when not that."""
    asked = question_words(tokens, start)
    if not (has_phrase(asked, "how many degrees") or has_phrase(asked, "how much")):
        return None
    moved = set(asked) & (_UP | _DOWN | _CHANGE)
    readings: list[Fraction] = []
    scales: set[str] = set()
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("clock", "number") and tokens[i - 1].word in _WHEN and clock_at(tokens, i) is not None:
            found = clock_at(tokens, i)
            assert found is not None
            if token.kind == "clock" or tokens[i + 1].word in ("am", "pm"):
                i = found[2]  # 'at 7am': when it was read, not a reading
                continue
        if token.kind == "number":
            scale, end = _degrees(tokens, i + 1)
            if scale is None:
                return None
            negative = tokens[i - 1].text == "-" or tokens[i - 1].word == "minus"
            readings.append(-Fraction(token.value) if negative else Fraction(token.value))
            scales.add(scale)
            i = end
            continue
        if token.kind in ("currency", "date", "ordinal", "clock") or token.text == "%":
            return None
        i += 1
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(readings) != 2 or len(scales) > 1 or not moved or words & _SPOILERS:
        return None
    first, second = readings
    change = second - first
    if moved & _UP and change < 0 or moved & _DOWN and change > 0 or moved & _UP and moved & _DOWN:
        return None  # the question names the other direction: a misread, not an answer
    size = abs(change)
    shown = numbers.format_number(size)
    way = "rise" if change > 0 else "fall" if change < 0 else "change"
    before = numbers.format_number(first)
    working = f"{numbers.format_number(second)} − {f'({before})' if first < 0 else before}"
    steps = [f"{working} = {numbers.format_number(change)}"]
    label = "°C" if scales == {"c"} else "degree" if size == 1 else "degrees"
    return Solution(f"{shown} {label} ({way})", size, "temperature change", working, steps, label)


def _degrees(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """After a number: 'degrees' (and 'C' or 'Celsius'), '°' or '°C'; the scale said ('' for none) and the end."""
    if tokens[i].text == "°":
        i += 1
    elif tokens[i].word in ("degrees", "degree"):
        i += 1
    elif tokens[i].word in ("ºc", "°c"):
        return "c", i + 1
    else:
        return None, i
    said = tokens[i].word
    if said in ("c", "celsius", "centigrade"):
        return "c", i + 1
    if said in ("f", "fahrenheit", "k", "kelvin"):
        return None, i  # a change in another scale: left to the conversions
    return "", i
