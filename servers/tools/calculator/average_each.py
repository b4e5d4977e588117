"""An amount each said as an average, asked as a total: '14 buses filled up, and on average each one took 212
litres. How many litres is that in total?' → 14 × 212 = 2,968 litres.

A total is the count times the mean, whatever each one's own amount was, so 'on average' changes nothing in it.
When the request says one 'on average' beside an amount 'each' and asks for the total ('in total', 'altogether',
'in all'), it is read again without the words, and answered only when that reads in full. Asked anything else (how
many took more, the most any took), it is left as it was.
"""

from __future__ import annotations

import re

_ON_AVERAGE = re.compile(r"(?:,\s*)?\bon\s+(?:an\s+)?average\b(?:\s*,)?", re.IGNORECASE)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:in\s+total|altogether|in\s+all|total)\b[^.!?]*\?|\btotal\b", re.IGNORECASE)


def without_average(text: str) -> str | None:
    """``text`` without its one 'on average' when it asks the total of an amount each; else None."""
    found = _ON_AVERAGE.findall(text)
    if len(found) != 1 or not _EACH.search(text):
        return None
    question = text[max(text.rfind(".", 0, text.rfind("?")), 0) :] if "?" in text else text
    if not _TOTAL.search(question):
        return None
    return " ".join(_ON_AVERAGE.sub(" ", text).split())
