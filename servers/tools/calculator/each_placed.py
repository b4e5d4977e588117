"""'each' said before the period of an amount each one has, or before the verb: '12 horses eat 9 kg of hay each a
day', '28 penguins on 0.6 kg of fish each a day', '12 horses each eat 9 kg a day'.

The readers of an amount each one of a group has every period know it said after its period ('9 kg a day each'),
the way most people say it; the other places say the same. When the request cannot be read as written it is read
again with that one 'each' moved after the period, and answered only when that reading accounts for every number
in it. A request with more than one 'each' is left alone: which is which would be a guess.
"""

from __future__ import annotations

import re

_PERIODS = r"(?:day|night|week|fortnight|month|year|hour|shift|term)"
_BEFORE_PERIOD = re.compile(rf"\beach\s+((?:a|an|per|every)\s+{_PERIODS})\b", re.IGNORECASE)
_BEFORE_VERB = re.compile(r"\b(\d[\d,]*\s+[a-z]{2,20}s)\s+each\s+(?=[a-z])", re.IGNORECASE)
_PERIOD_AFTER = re.compile(rf"\b(?:a|an|per|every)\s+{_PERIODS}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_EACH = re.compile(r"\beach\b", re.IGNORECASE)


def each_after_period(text: str) -> str | None:
    """``text`` with its one 'each' moved after the period of the amount it is said of, or None."""
    if len(_EACH.findall(text)) != 1:
        return None
    said = _BEFORE_PERIOD.sub(lambda m: f"{m[1]} each", text)
    if said != text:
        return said
    verb = _BEFORE_VERB.search(text)
    if verb is None:
        return None
    period = _PERIOD_AFTER.search(text, verb.end())
    if period is None or _SENTENCE_END.search(text, verb.end(), period.start()):
        return None  # the period must be in the same sentence as the amount
    return f"{text[: verb.start()]}{verb[1]} {text[verb.end() : period.end()]} each{text[period.end() :]}"
