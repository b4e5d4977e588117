"""An amount each said as an average, asked as a total: '14 buses filled up, and on average each one took 212
litres. How many litres is that in total?' → 14 × 212 = 2,968 litres.

A total is the count times the mean, whatever each one's own amount was, so 'on average' changes nothing in it.
When the request says one 'on average' beside an amount 'each' and asks for the total ('in total', 'altogether',
'in all'), it is read again without the words, and answered only when that reads in full. Asked anything else (how
many took more, the most any took), it is left as it was.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import plural

_ON_AVERAGE = re.compile(r"(?:,\s*)?\bon\s+(?:an\s+)?average\b(?:\s*,)?", re.IGNORECASE)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)
_ALL_TOLD = re.compile(r"\b(?:altogether|in\s+all)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]*[.!?]?")


_AVERAGE_ONE = re.compile(r"\b(?:the|an)\s+average\s+([a-z]{3,})\s+(weighs|is|uses|takes|needs|eats)\b", re.I)
_GOING_BY = re.compile(
    r"\b(?:i'?m\s+|i\s+am\s+|we'?re\s+)?(?:going\s+off|going\s+by|assuming|working\s+on)\s+(?:an|the)\s+average\s+"
    r"([a-z]{3,})\s+of\s+",
    re.IGNORECASE,
)


def without_average(text: str) -> str | None:
    """``text`` with its one average said as an amount each ('on average each took', 'the average ewe weighs',
    'going off an average ewe of 70 kg') when it asks the total of that amount over a count; else None."""
    question = text[max(text.rfind(".", 0, text.rfind("?")), 0) :] if "?" in text else text
    if not _asks_total(question):
        return None
    said = [m for m in (*_AVERAGE_ONE.finditer(text), *_GOING_BY.finditer(text)) if _counted(text, m[1])]
    found = _ON_AVERAGE.findall(text)
    if len(said) + len(found) != 1:
        return None
    if said:
        one = said[0]
        each = f"each {one[1]} {one[2]}" if one.re is _AVERAGE_ONE else f"each {one[1]} is "
        return text[: one.start()] + each + text[one.end() :]
    if not _EACH.search(text):
        return None
    return " ".join(_ON_AVERAGE.sub(" ", text).split())


def _asks_total(question: str) -> bool:
    """'total' anywhere in the question, or 'altogether' / 'in all' in a sentence of it that ends with '?'. Read a
    sentence at a time, so a long run of such words is scanned once."""
    if _TOTAL.search(question):
        return True
    return any(s.endswith("?") and _ALL_TOLD.search(s) for s in _SENTENCE.findall(question))


def _counted(text: str, noun: str) -> bool:
    """Whether the request counts the things the average is of ('55 ewes' for 'the average ewe')."""
    many = "|".join(re.escape(w) for w in {noun, plural(noun.lower())})
    return re.search(rf"\b\d[\d,]*\s+(?:{many})\b", text, re.IGNORECASE) is not None
