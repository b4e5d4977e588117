"""A group counted by 'of': 'Get-in crew of 7, each working 9 hours', 'our team of 6 midwives', 'the four of us
partners'.

The readers count people said as a number before them ('7 people each working 9 hours'); a group said as its noun
and 'of' and a count is the same number of people. When the request cannot be read as written it is read again with
the group said as its count: 'crew of 7' as '7 people', 'team of 6 midwives' as '6 midwives', and 'the four of us
partners' as 'the four of us'. Only a noun for a group of people is read so ('a box of 12' is not), and the reading
must account for every number in the request, as any reading must.
"""

from __future__ import annotations

import re

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


def as_counted(text: str) -> str | None:
    """``text`` with each group counted by 'of' said as its count of people, or None if it has none."""
    said = _COUNTED.sub(_count, text)
    said = _US_NAMED.sub(lambda m: m[1], said)  # 'the four of us partners': the noun only names who 'us' is
    return None if said == text else said


def _count(match: re.Match[str]) -> str:
    count, noun = match[1], (match[2] or "").strip()
    if noun.lower() in _NOT_PEOPLE:
        return match[0]  # 'a team of 4 days' is no team of people
    return f"{count} {noun or 'people'}"
