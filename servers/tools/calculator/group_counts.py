"""A group counted by 'of': 'Get-in crew of 7, each working 9 hours', 'our team of 6 midwives', 'the four of us
partners'.

The readers count people said as a number before them ('7 people each working 9 hours'); a group said as its noun
and 'of' and a count is the same number of people. When the request cannot be read as written it is read again with
the group said as its count: 'crew of 7' as '7 people', 'team of 6 midwives' as '6 midwives', and 'the four of us
partners' as 'the four of us'. Only a noun for a group of people is read so ('a box of 12' is not), and the reading
must account for every number in the request, as any reading must.

A count said by 'of them' after the things were named by 'each of the' is counted the same way: 'Each of the big
vases holds 1.5 litres and I've got 26 of them' is 'Each big vase holds 1.5 litres and I've got 26 big vases'. Only
one such count after one such naming is read, and only after a verb of having or needing ('got', 'have', 'need'):
'3 of them are cracked' picks some out of the things, which the reading cannot do.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup, plural, singular

_GROUPS = "crew|team|group|squad|gang|party|band|troupe|choir|class|staff|workforce|unit|committee|panel"
_COUNTED = re.compile(
    rf"\b(?:(?:a|an|the|our|my|their|his|her|your)\s+)?(?:[a-z][a-z-]{{0,20}}\s+)?(?:{_GROUPS})\s+of\s+"
    r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(\s+[a-z]{3,20}s\b)?",
    re.IGNORECASE,
)
_US_NAMED = re.compile(r"\b(of\s+us)\s+[a-z]{3,20}s\b(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)
_NOT_PEOPLE = frozenset(
    "days weeks months years hours minutes times items things boxes bags packs cases bottles cans pieces pages".split()
)


_EACH_OF = re.compile(
    r"\b(each|every\s+one)\s+of\s+(?:the|my|our|these|those|his|her|their)\s+((?:[a-z]{2,15}\s+)??)([a-z]{3,20}s)\b",
    re.IGNORECASE,
)
_EACH_ONE = re.compile(r"(?:^|(?<=[.!?])\s+)(each|every)\s+([a-z]{3,20})\b(?!\s+of\b)", re.IGNORECASE)
_OF_THEM = re.compile(
    r"\b(got|have|has|had|need|needs|bought|ordered|own|use|fill|with)\s+(\d{1,4}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+of\s+them\b",
    re.IGNORECASE,
)


def as_counted(text: str) -> str | None:
    """``text`` with each group counted by 'of' said as its count of people, or None if it has none."""
    said = _of_them(text)
    said = _COUNTED.sub(_count, said)
    said = _US_NAMED.sub(lambda m: m[1], said)  # 'the four of us partners': the noun only names who 'us' is
    return None if said == text else said


def _count(match: re.Match[str]) -> str:
    count, noun = match[1], (match[2] or "").strip()
    if noun.lower() in _NOT_PEOPLE:
        return match[0]  # 'a team of 4 days' is no team of people
    return f"{count} {noun or 'people'}"


def _of_them(text: str) -> str:
    """'Each of the big vases holds 1.5 litres and I've got 26 of them': the things named, then counted by 'them'.
    'Each vase holds 1.5 litres and I've got 26 of them' names one of them, opening its sentence."""
    named, counted = list(_EACH_OF.finditer(text)), list(_OF_THEM.finditer(text))
    if not named and len(counted) == 1 and len(ones := list(_EACH_ONE.finditer(text))) == 1:
        one, them = ones[0], counted[0]
        if one.end() < them.start() and lookup(one[2].lower(), short=False) is None:
            things = f"{them[1]} {them[2]} {plural(one[2].lower())}"
            return f"{text[: them.start()]}{things}{text[them.end() :]}"
    if len(named) != 1 or len(counted) != 1 or named[0].end() > counted[0].start():
        return text
    each, them = named[0], counted[0]
    one = f"{each[1].split()[0]} {each[2]}{singular(each[3].lower())}"  # 'each big vase'
    things = f"{them[1]} {them[2]} {each[2]}{each[3]}"  # 'got 26 big vases'
    return f"{text[: each.start()]}{one}{text[each.end() : them.start()]}{things}{text[them.end() :]}"
