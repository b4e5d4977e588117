"""Years said in words: "in nineteen twelve" is "in 1912", "since two thousand and eight" is "since 2008".

Notes give years in figures; a claim that says one in words ("the Titanic sank in nineteen twelve") is put in
figures before it is read, so the years can be compared. Only words after a preposition of time ("in", "since",
"from", "until", "by", "around", "of", "to") are read, and only as a whole year with nothing after it but the
end of the clause: "in twenty five minutes" and "nineteen twelve-year-olds" are left alone. Every regex here is
linear: flat alternations and bounded repeats.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(_UNITS)
_TEEN = "|".join(_TEENS)
_TEN = "|".join(_TENS)
# 1 to 99 in words: "five", "twelve", "eighty-nine", "eighty nine"
_TWO_DIGITS = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_TEEN}|{_UNIT})"
_YEAR = re.compile(
    rf"\b(?P<lead>in|since|from|until|till|by|around|of|circa|to|year)\s+(?:"
    # "nineteen twelve", "nineteen oh five", "nineteen hundred", "twenty twenty-one"
    rf"(?P<century>{_TEEN}|twenty)\s+(?:(?P<oh>oh|o)\s+(?P<ohunit>{_UNIT})|(?P<hundred>hundred)|(?P<rest>{_TWO_DIGITS}))"
    # "two thousand", "two thousand and eight", "two thousand eight"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?P<after>{_TWO_DIGITS}))?+)"  # possessive: "and eight years" is no year
    # a whole year, not a count before its noun: "in twenty five minutes" is no year
    r"(?=\s*(?:$|[,.;:!?)]|(?:and|but|or|when|while|after|before|because|so|yeah|right|true|correct|to|until)\b))",
    re.I,
)


def _number(words: str) -> int:
    """1 to 99 from words: "eighty-nine" -> 89."""
    total = 0
    for word in re.split(r"[- ]", words.lower()):
        total += _UNITS.get(word) or _TEENS.get(word) or _TENS.get(word) or 0
    return total


def _year(found: re.Match[str]) -> str:
    if century := found.group("century"):
        hundreds = (_TEENS.get(century.lower()) or 20) * 100
        if found.group("oh"):
            year = hundreds + _UNITS[found.group("ohunit").lower()]
        elif found.group("hundred"):
            year = hundreds
        else:
            year = hundreds + _number(found.group("rest"))
    else:
        year = 2000 + (_number(found.group("after")) if found.group("after") else 0)
    return f"{found.group('lead')} {year}"


def years_in_figures(text: str) -> str:
    """``text`` with the years said in words after a preposition of time written in figures."""
    return _YEAR.sub(_year, text[:4_000])
