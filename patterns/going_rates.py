"""Going rates: a question with no figures of its own that asks what holds out in the world, not in the user's sums.

"What's the going rate for allotment rents in Derby this year?", "what do sparkies usually charge an hour round
here?", "how much is a pint in Manchester these days?": the words are a calculator's (rate, rent, charge, how much),
but nothing the user gave works them out. What they ask is what others charge (a going, usual, typical or average
rate), what holds now (this year, these days, at the moment) or what holds in a place the user names: a fact to
look up. Beside a sum of the user's own it is another job, not more of that sum, and it is a looker-up's to answer
or decline, whatever its words rank.

A bounded scan of the question's opening; a question with a figure of its own is never read so.
"""

from __future__ import annotations

import re

from patterns.forms import has_number

SCAN = 300
"""Only this much of a question is read."""

# What others charge or pay as a rule: "the going rate", "usually charge", "a typical price", "on average".
_MARKET = re.compile(
    r"\b(?:(?:the|a)\s+(?:going|usual|typical|normal|average|standard|market)\s+(?:rate|price|cost|rent|wage|fee"
    r"|charge|salary|pay|value)s?|going\s+rates?|on\s+average"
    r"|(?:usually|typically|normally|generally)\s+(?:\w+\s+)?(?:charge|cost|pay|earn|ask|get|go\s+for|sell\s+for)s?)\b",
    re.IGNORECASE,
)
# A time counted from the moment of asking: what holds now.
_NOW = re.compile(
    r"\b(?:this\s+(?:year|season|month|week)|these\s+days|nowadays|at\s+the\s+moment|currently|right\s+now"
    r"|at\s+present|today)\b",
    re.IGNORECASE,
)
# A place named after a preposition of where: "in Derby", "around Leeds", "across Scotland" (not the first word).
# (a month or a day is a when, not a where: "how much will I owe in March?")
_PLACE = re.compile(
    r"\b(?:in|around|round|near|across)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}"
)
# The user's own ("how much will I get this week?", "what do we usually pay?"): their sum, not the world's.
_OWN = re.compile(r"\b(?:i|i'm|i'll|me|my|we|we're|we'll|us|our)\b", re.IGNORECASE)
_ASKED = re.compile(r"\?|^\W*(?:and\s+)?(?:what|how|who|where|which|is|are|do|does)\b", re.IGNORECASE)


def asks_what_holds_elsewhere(question: str) -> bool:
    """Whether ``question`` gives no figure and asks a going rate, what holds now, or what holds in a named place
    ("what's the going rate for allotment rents in Derby this year?"); not a question on the user's own sum
    ("what did the scaffolder charge?", "how much will I get this week?")."""
    head = question[:SCAN]
    if has_number(head) or _ASKED.search(head) is None or _OWN.search(head) is not None:
        return False
    return any(p.search(head) is not None for p in (_MARKET, _NOW, _PLACE))


__all__ = ["asks_what_holds_elsewhere"]
