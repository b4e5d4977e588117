"""A period the story defines by its length, asked 'a year' of: 'School year is 39 weeks, 5 nights a week. How many
hours a year is that?' — the year is the 39 weeks, so what is asked a year is the whole of them.

When a sentence says a year, term or season is so many weeks, months or days ('the school year is 39 weeks', 'our
season runs 30 weeks') and the question asks for something 'a year' ('per term', 'each season') of that same
period, the request is read again without the period in the question: the total over the period said. It is
answered only when that reads in full; a period said twice or asked of another ('a month') is left as it was.
"""

from __future__ import annotations

import re

_DEFINED = re.compile(
    r"\b(year|term|season|semester)\s+(?:is|lasts|runs|runs for)\s+(?:about\s+)?\d+\s+(?:weeks|months|days)\b",
    re.IGNORECASE,
)
_ASKED = r"\s+(?:a|per|each|every)\s+{period}(?=\s+is\s+that\b|\s*\?)"


def as_total(text: str) -> str | None:
    """``text`` with 'a year' dropped from its question when the story says how long that year is; else None."""
    defined = list(_DEFINED.finditer(text))
    if len(defined) != 1:
        return None
    period = defined[0][1].lower()
    asked = list(re.finditer(_ASKED.format(period=period), text[defined[0].end() :], re.IGNORECASE))
    if len(asked) != 1:
        return None
    at = defined[0].end()
    begin, end = at + asked[0].start(), at + asked[0].end()
    return text[:begin] + text[end:]
