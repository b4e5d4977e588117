"""Questions about the last of several events: "Where was Napoleon exiled at the end?", "... finally exiled?",
"... exiled for the last time?". The phrase asks which of the note's occurrences of the deed came last, so it is
no word to look up; when the note tells the deed more than once, the answer is the later occurrence, and only
when the note orders them clearly ("Napoleon was then exiled to Saint Helena", or later years); else the
question is declined rather than answered with the first one found.

Every regex here is linear: word alternations and bounded classes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "at the end", "in the end", "finally", "ultimately", "eventually", "last" after a verb's subject ("was Napoleon
# last exiled"), "for the last time", "end up"; not "the last person" (an ordinal of a thing, read by ranking).
_LAST = re.compile(
    r",? ?\b(?:at the (?:very )?end|in the end|for the (?:last|final) time|finally|ultimately|eventually"
    r"|lastly|last(?!\s+(?:night|week|month|year|time|one|few|person|people|man|woman|of|the|a|an)\b)"
    r"(?=\s+[a-z]{3,}(?:ed|en)\b|\s*[?!.]*\s*$)|end(?:ed)? up)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
# Words that put a sentence after the one before: "was then exiled", "later", "again", "after his defeat".
_AFTER = re.compile(
    r"\b(?:then|later|afterwards?|after|again|finally|eventually|subsequently|in the end|at last|ultimately)\b", re.I
)


def asks_for_last(question: str) -> tuple[str, bool]:
    """``question`` without a phrase asking for the last of several ("at the end", "finally"), and whether it
    had one."""
    # One space between words first: the phrase's leading comma and space are then bounded, where "\s*,?\s*"
    # split a long run of spaces every way before failing (minutes of CPU on 2,000 characters).
    spaced = " ".join(question[:2_000].split())
    trimmed = _LAST.sub(" ", spaced)
    if trimmed == spaced:
        return question, False
    return re.sub(r"\s+([?!.,])", r"\1", re.sub(r"\s{2,}", " ", trimmed)).strip(), True


def clearly_after(earlier: str, later: str) -> bool:
    """Does the note put ``later`` after ``earlier``: a word of sequence in it, or only later years?"""
    if _AFTER.search(later[:2_000]):
        return True
    before = [int(y) for y in _YEAR.findall(earlier[:2_000])]
    after = [int(y) for y in _YEAR.findall(later[:2_000])]
    return bool(before) and bool(after) and max(before) < min(after)


def last_told(sentences: list[str], tells: Callable[[str], bool]) -> str | None:
    """The sentence of ``sentences`` (one note, in order) that tells the deed last, when ``tells`` finds it told
    more than once and the note orders the last two clearly; "" when it is told more than once in no clear order
    (the question cannot be answered honestly); None when it is told once or never (nothing to choose)."""
    told = [s for s in sentences if tells(s)]
    if len(told) < 2:
        return None
    return told[-1] if clearly_after(told[-2], told[-1]) else ""


# "Where was Napoleon first exiled?": "first" before the deed's participle asks for the earliest of several.
_FIRST = re.compile(
    r"\b(?:was|were|is|are|has|have|had)\s[^?!.]{1,60}?\s(?:first\s+(?P<verb>[a-z]{3,}(?:ed|en))\b"
    r"|(?P<then>[a-z]{3,}(?:ed|en))\s+first\W*$)",
    re.I,
)


def asks_for_first(question: str) -> str:
    """The deed whose first of several occurrences ``question`` asks for ("exiled" in "was Napoleon first
    exiled", "was Napoleon exiled first"), or ""."""
    found = _FIRST.search(question[:400])
    return "" if found is None else (found.group("verb") or found.group("then")).lower()


def first_told(sentences: list[str], tells: Callable[[str], bool]) -> str | None:
    """The sentence that tells the deed first, when it is told more than once and the note clearly puts the next
    telling after it; None otherwise (the usual answer stands)."""
    told = [s for s in sentences if tells(s)]
    if len(told) < 2 or not clearly_after(told[0], told[1]):
        return None
    return told[0]
