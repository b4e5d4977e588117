"""A clock time said with the part of the day instead of am or pm: 'I unlock at 6.45 in the morning and lock up at
6.15 in the evening' is 6:45am to 6:15pm; 'left alice 4.30 in the morning, rolled into katherine 9.10 at night' is
4:30am to 9:10pm.

Only a time a clock word leads to ('at', 'from', 'until', 'till', 'to', 'by', 'around'), or one written with its
minutes ('4.30', '9:10'), is read so, with an hour the part of the day can hold ('in the morning' 1 to 11, 'in the
afternoon' 12 to 6, 'in the evening' 4 to 11, 'at night' 6 to 11); 'two in the morning' of tablets, or '2 in the
evening' (no clock word before it and no minutes), stay as they are.
"""

from __future__ import annotations

import re

_PART = r"(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b"
_SAID = re.compile(
    r"\b(?:(?P<lead>at|from|until|till|til|to|by|around)\s+(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?"
    rf"|(?P<timed_hour>\d{{1,2}})[.:](?P<timed_minute>\d{{2}}))\s+{_PART}",
    re.IGNORECASE,
)
_HOURS = {
    "morning": (range(1, 12), "am"),
    "afternoon": (range(12, 13), "pm"),
    "evening": (range(4, 12), "pm"),
    "night": (range(6, 12), "pm"),
}


def as_am_pm(text: str) -> str | None:
    """``text`` with each clock time said with its part of the day written with am or pm; None when it has none."""
    found = False

    def written(match: re.Match[str]) -> str:
        nonlocal found
        hour = int(match["hour"] or match["timed_hour"])
        minute = match["minute"] or match["timed_minute"] or "00"
        part = (match["part"] or match["night"]).lower()
        hours, suffix = _HOURS[part]
        if part == "afternoon":
            hours = range(1, 7) if hour != 12 else hours
        if hour not in hours or int(minute) > 59:
            return match[0]
        found = True
        lead = f"{match['lead']} " if match["lead"] else ""
        return f"{lead}{hour}:{minute}{suffix}"

    rewritten = _SAID.sub(written, text)
    return rewritten if found else None
