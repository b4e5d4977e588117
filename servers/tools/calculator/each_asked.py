"""A count shared over the group that did it, asked as 'each': 'Our 6 midwives covered 143 births this quarter. How
many is that each, on average?', '5 nurses gave 212 jabs today. How many each?', 'The 12 volunteers collected 3,420
signatures. On average how many did each collect?'.

The readers know such a question when it names what is counted and who it is counted per ('How many births per
midwife?'); 'each' leaves both to the story. When the story holds exactly two counts, each of a thing named right
after it ('6 community midwives', '143 births'), and the first opens its sentence with the verb between the two
('covered', 'did'), the first is who did it and the second what they did. The question is then read again as 'How
many <things> per <one of the group>?' ('What's the average number of ...' when it asks an average, whose answer
need not be whole). A story with any other number is left alone.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup, singular

_QUESTION = re.compile(
    r"(?:on\s+average,?\s+)?how\s+many(?:\s+(?:is|was)\s+that|\s+did\s+(?:each|they)(?:\s+of\s+them|\s+one)?"
    r"(?:\s+[a-z]+)?|\s+do\s+they\s+[a-z]+)?(?:\s+each)?(?:\s+one)?(?:,?\s+on\s+average|,?\s+each)?\s*\?\s*$",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b(\d[\d,]*)\s+((?:[a-z-]+\s+){0,2}?)([a-z]{3,20}s)\b", re.IGNORECASE)
_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:our|the|my|their|his|her|all|all\s+the|a|an)\s+)?"
    r"(?:(?:team|group|crew|squad|staff|unit|gang)\s+of\s+)?$",
    re.IGNORECASE,
)
"""What may open the sentence before the group's count: its owner, or the group it makes ('Our team of 6 ...')."""
_VERB_WORDS = 3
_NOT_DOING = frozenset("of with in per each and or by times from to for than at on".split())
_DIGIT = re.compile(r"\d[\d,.]*")


def per_one(text: str) -> str | None:
    """``text`` with a question of how many each asked per one of the group named, or None."""
    question = _QUESTION.search(text)
    if question is None or "each" not in question[0].lower() and "average" not in question[0].lower():
        return None
    story = text[: question.start()]
    if len(_DIGIT.findall(story)) != 2:
        return None
    counts = list(_COUNT.finditer(story))
    if len(counts) != 2 or any(lookup(c[3].lower(), short=False) is not None for c in counts):
        return None  # '6 hours', '12 litres': amounts, which the readers take as they are
    opening = story[: counts[0].start()]
    if not _SUBJECT.search(opening):
        return None  # 'We sold 240 tickets across 3 nights': the first count is not who did it
    between = story[counts[0].end() : counts[1].start()].lower().split()
    if not 0 < len(between) <= _VERB_WORDS or not all(w.isalpha() and w not in _NOT_DOING for w in between):
        return None  # '4 teams of 5 players': the second count is not what the first did
    group, things = singular(counts[0][3].lower()), counts[1][3].lower()
    if group == singular(things):
        return None
    if "average" in question[0].lower():
        return f"{story}What's the average number of {things} per {group}?"
    return f"{story}How many {things} per {group}?"
