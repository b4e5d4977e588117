"""A clock time said in words and then again in figures: 'from half seven in the evening (19.30) until quarter to
eight the next morning (07.45)'.

The figures in brackets say the same time as the words before them, in a form every reader knows; the words are
set aside and the figures kept. They are set aside only when they say the very time the figures do (half seven is
7:30, quarter to eight is 7:45, in either half of the day), with nothing else among them but the part of the day
('in the evening', 'the next morning'); any other word, or a time that differs, leaves the request as it is.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\((\d{1,2})[.:](\d{2})\s*(?:[ap]\.?m\.?)?\)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z'-]+")
_HOURS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty-five": 25, "half": 30}
_DAY_PARTS = frozenset("in the evening morning afternoon night next following at o'clock oclock".split())
_BEFORE = frozenset("from until till til to at and between by starting start starts finishing finish ends".split())
_MOST_WORDS = 10
_LOOK_BACK = 160  # characters: room for the words of one spoken time and what comes before it


def as_figures(text: str) -> str | None:
    """``text`` with each clock time said in words and again in brackets said once, in figures; None if it has none."""
    pieces: list[str] = []
    done = 0
    for bracket in _BRACKETED.finditer(text):
        begin = _spoken_start(text, done, bracket)
        if begin is None:
            continue
        pieces += [text[done:begin], f"{bracket[1]}:{bracket[2]}"]
        done = bracket.end()
    if not pieces:
        return None
    return "".join(pieces) + text[done:]


def _spoken_start(text: str, done: int, bracket: re.Match[str]) -> int | None:
    """Where the words saying the bracketed time begin, when they say just that time; otherwise None."""
    words = list(_WORD.finditer(text, max(done, bracket.start() - _LOOK_BACK), bracket.start()))[-_MOST_WORDS - 1 :]
    if not words or text[words[-1].end() : bracket.start()].strip():
        return None
    k = len(words) - 1
    while k >= 0 and not (words[k][0].lower() in _BEFORE and _ends_phrase(words, k)):
        gap = text[words[k].end() : words[k + 1].start() if k + 1 < len(words) else bracket.start()]
        if gap.strip():
            return None  # a figure or a mark among them: not one spoken time
        k -= 1
    if k < 0:
        return None
    spoken = [w[0].lower() for w in words[k + 1 :]]
    said = _time_said([w for w in spoken if w not in _DAY_PARTS] if spoken else [])
    hour, minute = int(bracket[1]), int(bracket[2])
    if said is None or said != ((hour - 1) % 12 + 1, minute) or not _in_day_part(spoken, hour):
        return None
    return words[k + 1].start()


def _in_day_part(spoken: list[str], hour: int) -> bool:
    """'in the morning' is before noon, 'in the evening' or 'afternoon' after it, 'at night' late or early."""
    if "morning" in spoken and hour >= 12 or ("evening" in spoken or "afternoon" in spoken) and hour < 12:
        return False
    return "night" not in spoken or hour >= 18 or hour < 6


def _ends_phrase(words: list[re.Match[str]], k: int) -> bool:
    """'to' ends the words before a time unless it is the 'to' of 'quarter to eight'."""
    return words[k][0].lower() != "to" or k == 0 or words[k - 1][0].lower() not in _MINUTES


def _time_said(words: list[str]) -> tuple[int, int] | None:
    """'half seven' (7, 30), 'quarter to eight' (7, 45), 'ten past six' (6, 10), 'seven' (7, 0); or None."""
    if len(words) == 1 and words[0] in _HOURS:
        return _HOURS[words[0]], 0
    if len(words) == 2 and words[0] == "half" and words[1] in _HOURS:
        return _HOURS[words[1]], 30  # British 'half seven' is half past seven
    if len(words) == 3 and words[0] in _MINUTES and words[1] in ("past", "to") and words[2] in _HOURS:
        hour, minutes = _HOURS[words[2]], _MINUTES[words[0]]
        if words[1] == "past":
            return hour, minutes
        return (hour - 2) % 12 + 1, 60 - minutes
    return None
