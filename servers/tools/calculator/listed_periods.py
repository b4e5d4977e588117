"""A mean asked per the period or thing each listed value is of: 'takings mon-fri were 620, 580, 705, 655, 540 -
average per day', 'last 4 wks earnings £1,120, £980, £1,345, £1,055 - average a week?', 'the clinic saw 28, 34, 31,
25, 37, 30 and 22 patients this week. What's the average a day?', 'yields from my 4 rows were 32kg, 28.5kg, 35kg
and 30.5kg - average per row?'.

The question asks the average 'per', 'a' or 'each' of one period or thing, and the story labels the list with
exactly as many of it as values are listed: a span of weekdays ('mon-fri' is five days), a week of seven days, or a
count of the thing said before the list ('last 4 wks earnings £...', 'my 4 rows were ...'). Each value is then one
period's, and the mean per period is the plain mean of the list, which the list-mean reader answers from the story
asked 'What's the average?'. A count of another size, another period, a count said after the list, or a number told
after the list ('... 540 and 3 days were shut') is left to decline.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token, tokenize

_ASKED = re.compile(
    r"^(?P<story>.*\S)\s*(?:[.?!;:,]|\s[-–—])\s*(?:what(?:'s|s|\s+is|\s+was)?\s+(?:the|my|our|their|his|her)\s+)?"
    r"(?:average|avg|mean)\s+(?:per|a|an|each)\s+(?P<period>[a-z]+)(?P<tail>\s+to\s+\d\s*(?:dp|d\.p\.))?"
    r"\s*(?:please|pls)?\s*\??\s*$",
    re.IGNORECASE | re.DOTALL,
)
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|—|to|thru|through|till|until)\s*"
    r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?",
    re.IGNORECASE,
)
_WEEK = re.compile(r"\b(?:this|last|that|the)\s+(?:past\s+)?week\b", re.IGNORECASE)
_TOLD_AFTER = frozenset("were was is are had have got closed shut off".split())


def _listed(tokens: list[Token]) -> int:
    """How many values the one run joined by commas and 'and' holds; 0 when there is no single run of three or
    more, or a clause follows its last value ('540 and 3 days were shut')."""
    runs: list[int] = []
    count, i = 0, 0
    while i < len(tokens):
        at = i + (tokens[i].kind == "currency")
        if tokens[at].kind == "number":
            count += 1
            i = at + 1
            if tokens[i].kind == "word" and lookup(tokens[i].word) is not None:
                i += 1
            if tokens[i].text == "," or tokens[i].word == "and":
                i += 1
                continue
            if count > 1 and any(t.word in _TOLD_AFTER for t in tokens[i : i + 3]):
                return 0
        runs.append(count)
        count = 0
        i += 1
    long = [run for run in runs if run >= 3]
    return long[0] if len(long) == 1 else 0


def _same(word: str, period: str) -> bool:
    unit, asked = lookup(word, short=False), lookup(period, short=False)
    if unit is not None and asked is not None:
        return unit.name == asked.name and unit.per is None
    return singular(word) == period and word != period


def _labelled(story: str, tokens: list[Token], period: str, listed: int) -> str | None:
    """The story as the list-mean reader reads it, when it labels the list with ``listed`` of ``period``."""
    day = _same("days", period)
    span = _SPAN.search(story)
    if span is not None:
        first, last = _DAYS.index(span.group(1).lower()), _DAYS.index(span.group(2).lower())
        if not day or (last - first) % 7 + 1 != listed:
            return None
        return (story[: span.start()] + story[span.end() :]).replace(" :", ":")
    if day and _WEEK.search(story) and listed == 7:
        return story
    for k, token in enumerate(tokens[:-1]):
        count = token.value if token.kind == "number" else None
        if count is not None and _qualified(tokens, k + 1):
            k += 1  # 'the last 6 tamu days': a kind of day said between the count and its days
        if count is not None and tokens[k + 1].kind == "word" and _same(tokens[k + 1].word, period):
            ahead = sum(t.kind == "number" for t in tokens[k + 1 :])
            return story if count == listed and ahead >= listed else None  # the count labels the list ahead
    return None


def _qualified(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is one word naming a kind of the period said after it ('6 market days'), no unit."""
    return (
        tokens[k].kind == "word"
        and lookup(tokens[k].word) is None
        and tokens[k + 1].kind == "word"
        and lookup(tokens[k + 1].word, short=False) is not None
    )


def as_plain_mean(text: str) -> str | None:
    """``text`` asked as 'What's the average?' when its question asks the mean per the period each value is of;
    None otherwise."""
    asked = _ASKED.match(text.strip())
    if asked is None:
        return None
    story, period = asked.group("story").strip(" -–—,:;"), asked.group("period").lower()
    tokens = tokenize(story)
    listed = _listed(tokens)
    if not listed:
        return None
    labelled = _labelled(story, tokens, period, listed)
    if labelled is None:
        return None
    return f"{labelled.strip(' -–—,:;')}. What's the average{asked.group('tail') or ''}?"
