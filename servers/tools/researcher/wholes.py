"""A count of units in a whole: "How many seconds are there in a day?", "How many days does a leap year have?".

Such a question is answered only by a clause that counts the unit *and* names the whole it is counted in: "There
are 86,400 seconds in a day", "A leap year has 366 days"; the whole is named as a thing, not counted as a unit of
its own ("24 hours and 37 minutes" counts hours, it does not name an hour). A sentence that has both words in
different clauses tells something else: "The brothers flew four times that day, and the longest flight lasted 59
seconds" counts the seconds of one flight, not the seconds of a day, and quoting it would be a wrong answer in
disguise. A whole named by the note's title ("It has 95 known moons" in a note on Jupiter) is named by the passage
too.

Every regex here is linear: bounded word runs and alternations, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.researcher.matching import covers, stem_of, stems_of
from servers.tools.summarizer.sentences import STOPWORDS, words

_WHOLE = r"(?P<whole>[a-z][a-z'-]{1,20}(?:\s+[a-z][a-z'-]{1,20}){0,2}?)"
_ARTICLE = r"(?:a|an|one|each|every|the|your|my|our|their|its)"
# "How many seconds (are there) in a day", "... per year", "How many days does a leap year have",
# "How many players make up a team".
_UNITS_IN_WHOLE = re.compile(
    r"\bhow\s+many\s+(?P<unit>[a-z]{3,20})\s+(?:(?:are|is|were)\s+)?(?:there\s+)?"
    rf"(?:in|per|make\s+up|makes\s+up|go\s+into)\s+(?:{_ARTICLE}\s+)?{_WHOLE}\s*(?:[?.!,]|$)"
    rf"|\bhow\s+many\s+(?P<unit_had>[a-z]{{3,20}})\s+(?:does|do|did|has|have)\s+{_ARTICLE}\s+"
    r"(?P<whole_had>[a-z][a-z'-]{1,20}(?:\s+[a-z][a-z'-]{1,20}){0,2}?)\s+(?:have|had|got|hold|contain)\b",
    re.I,
)
# Where a sentence moves on to another clause with its own subject.
_CLAUSES = re.compile(r"\s*[;:]\s+|,\s+(?:and|but|while|whereas|which|so)\s+|\s[-–—]\s|\.\s+", re.I)
_NUMBER = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen)$"
)
_PRONOUNS = frozenset("it its they their this these each every".split())
_IN_EACH = frozenset("in per each every".split())
_ARTICLES = frozenset("a an one the each every".split())
_REACH = 3  # words between a number and its unit: "95 known moons", "24 hours"


def units_in_whole(question: str) -> tuple[str, str] | None:
    """The unit counted and the whole it is counted in ("seconds", "day"), or None for another question."""
    found = _UNITS_IN_WHOLE.search(question[:400])
    if found is None:
        return None
    unit = found.group("unit") or found.group("unit_had")
    whole = found.group("whole") or found.group("whole_had")
    if unit.lower() in STOPWORDS or not _content(whole):
        return None
    return unit.lower(), whole.lower()


def counted_in_whole(question: str, passage: str, title: str) -> bool:
    """Does ``passage`` (from a note titled ``title``) count the question's unit in the question's whole? False
    when every count of the unit it gives is in a clause that never names the whole, or says another whole right
    after it ("60 seconds in a minute" for the seconds in an hour); True when the question asks no such count."""
    asked = units_in_whole(question)
    if asked is None:
        return True
    unit, whole = asked
    named_by_title = any(covers(w, stems_of(title)) for w in _content(whole))
    counted = False
    for clause in _CLAUSES.split(passage[:4_000]):
        said = words(clause)
        for whole_after in _counts(stem_of(unit), said):
            counted = True
            if whole_after:  # "60 seconds in a minute" counts the seconds of a minute, whatever else is said
                if covers(stem_of(whole_after), _content(whole)):
                    return True
            elif named_by_title or _names(_content(whole), said) or (said and said[0] in _PRONOUNS):
                return True
    # A passage that never counts the unit in words ("the most countries, 54"; "fat, which gives about 9") is
    # left to the other checks: only a count of the unit said of another whole is known to miss the question.
    return not counted


def _names(whole: set[str], said: list[str]) -> bool:
    """Does ``said`` name the whole as a thing rather than count it as a unit of its own ("in an hour", not
    "24 hours and 37 minutes", which counts hours)?"""
    return any(covers(stem_of(w), whole) and not (i and _NUMBER.match(said[i - 1])) for i, w in enumerate(said))


def _content(phrase: str) -> set[str]:
    return {stem_of(w) for w in words(phrase) if w not in STOPWORDS}


def _counts(unit: str, said: list[str]) -> list[str]:
    """For each number in ``said`` that counts ``unit`` (a stem, a few words after it), the whole it says the unit
    is counted in right after ("minute" in "60 seconds in a minute"), or "" when it names none there."""
    found: list[str] = []
    for i, word in enumerate(said):
        if not _NUMBER.match(word):
            continue
        at = next((j for j in range(i + 1, min(len(said), i + 1 + _REACH)) if stem_of(said[j]) == unit), None)
        if at is None:
            continue
        after = said[at + 1 : at + 4]
        if after and after[0] in _IN_EACH:
            found.append(next((w for w in after[1:] if w not in _ARTICLES), ""))
        else:
            found.append("")
    return found
