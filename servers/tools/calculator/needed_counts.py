"""A count needed, told in a sentence of its own before the question: 'Me and my sister drill 300 shells in 5 hours.
For one order we need 1,140 shells drilled. How many hours at the same speed?', 'I finish 3 pieces in 2 days. The
order is 21 pieces, how many days of polishing is that?'.

The readers of rates know the count asked with the question ('How many hours for 1,140 shells?'), so the story is
restated so: the sentence (or clause) that says how many are needed, ordered or wanted ('we need 1,140 shells',
'the order is 21 pieces', 'the tourists ordered 500 puros') is taken out, and its count asked with the question
'How many <unit> for <count> <noun>?', of a unit of measure (never a count of things, which must be whole); the
user and one other who work ('me and my sister') are 'we'. Only a count of the same noun the story counts before
is read, and only a question that asks 'how many' of one word and then at most words that say the same rate goes
on ('at the same speed', 'is that', 'do we need'). The restated request is then read in full, so nothing else is
dropped.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_NEED = re.compile(
    r"(?:^|(?<=[.!?])\s+|,\s+)(?P<said>(?:for\s+(?:one|this|the|that|our)\s+(?:[a-z]+\s+)?order[\s,]*)?"
    r"(?:(?:we|i)\s+(?:need|must\s+make|have\s+to\s+make)|the\s+order\s+is(?:\s+for)?|(?:the\s+)?[a-z]+\s+ordered"
    r"|(?:they|he|she)\s+(?:ordered|want))\s+(?P<count>\d[\d,]*)\s+(?P<noun>[a-z]{3,20})(?:\s+[a-z]{3,12}ed)?)"
    r"\s*(?:[.,]|(?=\s*how\b))",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"(?:^|(?<=[.!?,])\s*)how\s+many\s+(?P<unit>[a-z]{3,12})(?P<tail>(?:\s+of\s+[a-z]{3,15})?(?:[\s,]+(?:at\s+the\s+"
    r"same\s+(?:speed|rate|pace)|same\s+(?:speed|rate|pace)|is\s+that|do\s+we\s+need|we\s+need|do\s+i\s+need|i\s+need|"
    r"will\s+(?:it|that)\s+take))*)\s*\??\s*$",
    re.IGNORECASE,
)
# The user and one other named as who works ('Me and my sister', 'My son and me together'): the same pair works on
# the count needed, so the rate is theirs either way.
_TEAM = re.compile(
    r"^\s*(?:(?:me|i)\s+and\s+my\s+[a-z]+|my\s+[a-z]+\s+and\s+(?:me|i))(?:\s+together)?\s+(?=[a-z])", re.IGNORECASE
)
_MAX = 400


def asked_for_count(text: str) -> str | None:
    """``text`` with its needed count asked with the question, or None when it is not that shape (see above)."""
    if len(text) > _MAX:
        return None
    ask = _ASK.search(text)
    needs = list(_NEED.finditer(text[: ask.start()] if ask else ""))
    if ask is None or len(needs) != 1 or lookup(ask["unit"]) is None:
        return None  # ('How many boxes?': a count of things, whole ones, which a rate's share would leave in parts)
    need = needs[0]
    noun, count = need["noun"].lower(), need["count"]
    before = text[: need.start("said")]
    if not re.search(rf"\b\d[\d,]*\s+(?:[a-z]+\s+)?{re.escape(noun)}\b", before, re.IGNORECASE):
        return None  # the count needed is of something the story does not count
    story = _TEAM.sub("We ", before.rstrip(" ,.") + ".", count=1)  # 'Me and my sister drill': we, the same pair
    between = text[need.end() : ask.start()].strip(" ,.")
    if between:
        return None  # more said after the count needed than the question
    return f"{story} How many {ask['unit']} for {count} {noun}?"
