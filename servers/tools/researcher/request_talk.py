"""Words that speak of the request rather than of a topic: how many things are asked ("two things", "a couple of
questions", "one more"), a greeting or thanks ("hi there", "cheers"), a call for help ("can you help me", "need a
hand") or an announcement ("here's my question", "quick one").

A request made only of such words names nothing to look up. Any note that happens to use one of them ("An octopus
has three hearts: two pump blood ...", "a right-angled triangle") would otherwise pass for an answer to "Could you
do two things for me?", "Right, here goes" or "Quick question", which ask nothing yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve couple few several multiple various
    first second third fourth fifth another other others more next last""".split()
)
_TALK = frozenset(
    """question questions q qs query queries thing things stuff bits ones ask asking asked help helping hand
    favour favor bother bothering sorry apologies hi hello hey hiya howdy greetings morning afternoon evening
    thanks thank cheers ta ok okay right alright here go goes going quick quickie daft silly dumb stupid random
    odd weird easy simple got get getting have need needed wondering check checking hope good great lot lots
    today now again mate mates everyone folks guys all you there info information look find search lookup
    problem problems issue issues understand interesting fun cool give number numbers new""".split()
)


def names_no_topic(words: Iterable[str]) -> bool:
    """Do ``words`` (a request's key words, as written) hold nothing but talk about the request itself?"""
    return all(w.casefold() in NUMBER_WORDS or w.casefold() in _TALK for w in words)


# "Which one will make me more money?", "which of them is cheaper": a choice between things said elsewhere
_WHICH_UNNAMED = re.compile(r"\bwhich\s+(?:one|ones|of\s+(?:them|these|those|the\s+two|both))\b", re.IGNORECASE)
_OPTIONS = re.compile(r"\bor\b|\bbetween\b|\bversus\b|\bvs\b", re.IGNORECASE)


def chooses_unnamed(question: str) -> bool:
    """Whether ``question`` asks to choose between things it does not name ("Which one will make me more money?"):
    what the choice is between was said elsewhere, so no note can answer it, whatever words it shares."""
    return _WHICH_UNNAMED.search(question[:400]) is not None and _OPTIONS.search(question[:400]) is None


# "Which two oceans does the Panama Canal connect?": how many things the question picks, no word of its topic
_CHOICE_COUNT = re.compile(r"\b(which|what)\s+(?:two|three|four|five|six|seven|[2-9])\s+(?=[a-z]{3,})", re.IGNORECASE)


def without_choice_count(question: str) -> str:
    """``question`` without the count of the things it picks ("Which oceans does the Panama Canal connect?")."""
    return _CHOICE_COUNT.sub(r"\1 ", question, count=1)
