"""Where a text is used, read apart from what it is about: "an intro for my Year 6 history lesson", "a fact for the
museum card", "a two-sentence explanation for my year 5 class". A pipeline hands the writer an earlier agent's
answer with such an instruction; the answer is what the text says, and the lesson, the card or the class is neither
its subject to lead with ("My Year 6 history lesson: ...") nor a fact it must repeat (the "6" of "Year 6").
"""

from __future__ import annotations

import re

_SETTING = re.compile(
    r"(?:(?:an?\s+)?(?:[\w-]+\s+)?(?:explanation|fact|intro|introduction|note|line|blurb|paragraph|summary|text)\s+"
    # ("the class" alone may be what a note is about: only "my class", or "the" with a word saying whose or which)
    r"for\s+)?(?:(?:the|my|our|your|his|her|their)\s+(?:[\w'-]+\s+){1,4}?|(?:my|our|your)\s+)(?:lesson|class|"
    r"presentation|talk|meeting|"
    r"group|card|assembly|session|display|slide|handout|leaflet|programme|program|noticeboard)"
    r"(?:\s+about\s+(?:him|her|them|it))?",
    re.I,
)


def names_setting(subject: str) -> bool:
    """Whether ``subject`` (as the brief read it) only says where the text is used."""
    return _SETTING.fullmatch(" ".join(subject.split())[:200]) is not None
