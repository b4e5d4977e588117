"""A list's items typed after the ask to lay a text out as a list, with no colon: "can u turn this into a bullet list
for the group chat pls. bring your own cup, meeting moved to 7pm, room 302 in the student union".

The ask ends at its sentence break, and what follows is the text to lay out when it reads as a list's items: three
or more, split by commas or semicolons (a comma inside a figure, "₩5,000", splits nothing), none of them about the
asker ("I need it for the meeting", "thanks") and no question among them. Anything else is left as it was, and the
request is asked for its text.
"""

from __future__ import annotations

import re

_LIST_ITEMS = re.compile(r"(?<!\s)\s*(?:;|,(?!(?<=\d,)\d{3}(?!\d)))\s*(?:and\s+)?")
_ABOUT_ASKER = re.compile(r"^\W*(?:i|i'm|i'd|we|we're|it'?s|it is|this is|thanks?|thank you|cheers)\b", re.I)
_MIN_ITEMS = 3
# "... for the group chat pls.": the courtesy that closes the ask is no part of what the list is for
_CLOSING_COURTESY = re.compile(
    r"(?<![ \t])(?:[ \t]*,[ \t]*|[ \t]+)(?:please|pls|plz|thanks|thank you|thx|ty|cheers)[ \t!]*$", re.I
)


def listed_after(text: str, sentence_break: re.Pattern[str], into_list: re.Pattern[str]) -> tuple[str, str] | None:
    """(the ask, the items as typed) when ``text`` opens with a sentence ``into_list`` reads as an ask to lay a text
    out as a list and goes on with the list's items after ``sentence_break``; None for anything else."""
    cut = sentence_break.search(text, 0, 300)
    if cut is None or "\n" in text[: cut.start()] or not into_list.search(text[: cut.start()]):
        return None
    rest = text[cut.end() :].strip()
    items = [i for i in _LIST_ITEMS.split(rest.rstrip(" .!")) if i.strip()]
    if len(items) < _MIN_ITEMS or "?" in rest or any(_ABOUT_ASKER.match(i) for i in items):
        return None
    return _CLOSING_COURTESY.sub("", text[: cut.start()].strip(" .")), rest
