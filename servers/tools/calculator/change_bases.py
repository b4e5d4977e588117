"""The base of a percentage change named in its question: 'Percent up from the old price?', 'How many percent more is
that than last year's price?', 'By what percent did they drop, counting from 64?'.

A percentage change is counted from the earlier figure: that is what every reading of one takes, so a question that
names the earlier figure as its base ('the old price', 'last year's', 'last season', 'counting from 64' when 64 is
the first figure told) asks nothing more, and is read again without those words. A base that is not the earlier
figure ('from the new price', 'counting from 52') is left in, and the request declines as before.
"""

from __future__ import annotations

import re

_MAX = 600
# a question asking a percentage: 'what percent', 'how many percent', 'by what %', 'percent up', 'percentage drop'
_ASKS_PERCENT = re.compile(
    r"\b(?:what|how\s+many|how\s+much|by\s+what)\s+(?:percent(?:age)?|per\s?cent|%)"
    r"|\bpercent(?:age)?\s+(?:up|down|more|less|increase|decrease|change|rise|drop|higher|lower)\b",
    re.IGNORECASE,
)
# 'from the old price', 'over last year's', 'than last season', 'compared with the original figure'
_EARLIER = re.compile(
    r"\s*,?\s*(?:from|over|against|than|on|compared\s+(?:to|with))\s+(?:(?:the|da|my|our)\s+)?"
    r"(?:(?:old|original|first|earlier|previous|starting|former)\s+(?:price|figure|one|amount|number|value|rate|cost)"
    r"|last\s+(?:year|season|month|week|time|harvest)(?:'s|’s)?(?:\s+(?:price|figure|one|amount|number|cost|harvest))?)"
    r"(?=\s*[?.!]|\s*$)",
    re.IGNORECASE,
)
_COUNTING_FROM = re.compile(r"\s*,?\s*counting\s+from\s+(?P<figure>\d[\d,.]*)(?=\s*[?.!]|\s*$)", re.IGNORECASE)
_FIRST_FIGURE = re.compile(r"\d[\d,.]*")


def without_base(text: str) -> str | None:
    """``text`` without the words of its question that name the earlier figure as the change's base, or None."""
    if len(text) > _MAX:
        return None
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text)]
    start = ends[-1] if ends and ends[-1] < len(text.rstrip()) else 0
    question = text[start:]
    if not _ASKS_PERCENT.search(question):
        return None
    said = _EARLIER.sub("", question, count=1)
    counted = _COUNTING_FROM.search(said)
    first = _FIRST_FIGURE.search(text)
    if counted and first and counted["figure"].rstrip(".,") == first.group().rstrip(".,"):
        said = said[: counted.start()] + said[counted.end() :]
    return text[:start] + said if said != question else None
