"""Stiff phrases a casual or friendly text does not keep: "We hereby request your attendance at ...".

A text made less formal ("Rewrite this so it's less formal, it's for my mates: We hereby request your attendance
at a barbecue ...") keeps every fact and loses only the ceremony: a formal invitation becomes "You're invited
to", "hereby" goes, "at your earliest convenience" is "when you can". Each phrase has a plain equivalent with the
same meaning; nothing is added.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Who a notice speaks of when it means its readers: "Members", "All residents", "Guests"
_READERS = (
    r"(?:all\s+)?(?:members|residents|staff|guests|customers|parents|users|visitors|tenants|players|students|"
    r"passengers|employees|colleagues|volunteers|patrons|occupants|drivers|cyclists|pupils)"
)
# ... or any people named in the plural as a sentence's subject: "Parishioners are reminded that", "Season ticket
# holders are advised that" (only where a sentence starts, so no words before the subject are lost)
_ANY_READERS = rf"(?:\b{_READERS}|(?:^|(?<=[.!?]\s)|(?<=\n))(?:all\s+)?(?:[a-z][\w'-]*\s+){{0,2}}?[a-z][\w'-]*[a-z]s)"
STIFF_RULES: list[tuple[str, str]] = [
    # an invitation in ceremony: "We hereby request your attendance at", "request the pleasure of your company at"
    (
        r"\b(?:we|I)\s+(?:hereby\s+|cordially\s+|kindly\s+)?(?:would\s+like\s+to\s+)?(?:request|invite)\s+"
        r"(?:the\s+pleasure\s+of\s+)?your\s+(?:attendance|presence|company)\s+(?:at|for)\b",
        "You're invited to",
    ),
    (
        r"\byour\s+(?:attendance|presence|company)\s+is\s+(?:kindly\s+|cordially\s+)?requested\s+(?:at|for)\b",
        "You're invited to",
    ),
    (r"\byou\s+are\s+(?:hereby\s+|cordially\s+)+invited\b", "You're invited"),
    (r"\bhereby\s+", ""),
    (r"\bat\s+your\s+earliest\s+convenience\b", "when you can"),
    # (one rule a word: a replacement is said as written, with no groups)
    (r"\bplease\s+do\s+not\s+hesitate\s+to\s+contact\s+me\b", "just give me a shout"),
    (r"\bplease\s+do\s+not\s+hesitate\s+to\s+contact\s+us\b", "just give us a shout"),
    (r"\bshould\s+you\s+have\s+any\s+questions\b", "if you've got any questions"),
    (r"\bshould\s+you\s+have\s+any\s+queries\b", "if you've got any queries"),
    # "Kindly return the form": an ask; "she kindly offered" is no ask, and keeps its word
    (r"(?:^|(?<=[.!?]\s))kindly\s+(?=[a-z])", "please "),
    (r"\bwe\s+are\s+(?:delighted|pleased)\s+to\s+(?:announce|inform\s+you)\s+that\s+", ""),
    # a notice speaking of its readers in the third person: "Members are reminded that the clubhouse closes at
    # 10pm", "Residents are advised that ...", "Guests are kindly requested to ..." (never "are required to": a
    # rule said as a request would change what it says)
    (
        rf"{_ANY_READERS}\s+are\s+(?:kindly\s+|politely\s+|hereby\s+|once again\s+|again\s+)?reminded\s+that\b",
        "Just a reminder that",
    ),
    (rf"{_ANY_READERS}\s+are\s+(?:kindly\s+|hereby\s+)?(?:advised|informed|notified)\s+that\b", "Just so you know,"),
    # (not where "their keys" would be left speaking of the readers after "Please")
    (
        rf"{_ANY_READERS}\s+are\s+(?:kindly\s+|politely\s+|hereby\s+)?(?:requested|asked|reminded)\s+to\b"
        r"(?![^.!?\n]*\b(?:their|them|they|themselves)\b)",
        "Please",
    ),
]


# "Attendance at the compliance training on 9 October is required of all staff": who must come, said first
_ATTENDANCE_REQUIRED = re.compile(
    r"\b(?:attendance|participation|presence)\s+(?:at|in)\s+(?P<event>[^.!?\n]{3,120}?)\s+is\s+"
    r"(?:required|mandatory|compulsory|obligatory|expected)\s+(?:of|for|from)\s+(?P<who>[^.!?\n,]{2,60}?)"
    r"(?=\s*[.!?]|\s*$)",
    re.I,
)


def unstiffened(text: str, log: Callable[[str, str], None]) -> str:
    """``text`` with an attendance required in ceremony said plainly: "All staff need to come to ..."."""

    def plainly(found: re.Match[str]) -> str:
        who = found["who"].strip()
        one = re.match(r"(?:every|each|any)\b", who, re.I)  # "every volunteer needs to", "all staff need to"
        said = f"{who[:1].upper() + who[1:]} {'needs' if one else 'need'} to come to {found['event'].strip()}"
        log(found.group(), said)
        return said

    return _ATTENDANCE_REQUIRED.sub(plainly, text)
