"""Statistics asked of a list: "Find the mean of our weekly sales: 1200, 950, 1100, 1350, 1450", "For my lab
report I need the median of these readings: 118, 95, 143, 110, 132".

"Find" is a researcher's verb and a code reviewer's ("find bugs"), and "readings" or "sales" read as topics, but a
request that names a statistic (mean, average, median, mode, range, standard deviation) and gives the list of
numbers it is of asks for that statistic worked out: the job of the worker that works on numbers, whatever the
numbers count. Without the list ("What is the average height of a giraffe?") it is a fact to look up, and is not
read so.
"""

from __future__ import annotations

import re

SCAN = 400
"""Only this much of a request is read."""
LISTED = 3
"""A list of at least this many numbers is data to work a statistic out from."""

_STATISTIC = re.compile(
    r"\b(?:mean|average|median|mode|standard\s+deviation|std\s+dev|variance)\b(?:\s+\w+){0,6}?\s+(?:of|for|from)\b",
    re.IGNORECASE,
)
# numbers in a list: "1200, 950, 1100 and 1350", "18.2, 21.5; 19.9", "£412.50, £1,087.25"
_NUMBER = r"[$\u20ac\u00a3]?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"
_LABEL = r"(?:[A-Za-z]{2,9}\.?\s+)?"  # a day or a name before each value: "Tue £612.40, Wed £588.15"
_LIST = re.compile(rf"(?<![\w.]){_NUMBER}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+){_LABEL}{_NUMBER}){{{LISTED - 1},}}")


_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
# the statistic asked in a sentence of its own after the list, closing the request: "... Average per day?", "...
# what's the mean?"; at most a few words of its own ("What's our average score per game?")
_ASKED = r"(?:what(?:'s|\u2019s| is| was)?\s+(?:the|my|our|their|his|her)?\s*)?(?:mean|average|avg|median)\b"
_CLOSING_ASK = re.compile(rf"(?:^|[.:;!?]\s+)(?i:{_ASKED})(?:\s+[\w'\u2019]+){{0,5}}\s*\??\s*$")
# and in an opening question the list then answers: "What's my average? My review scores were 5, 4, 5 and 3."
_OPENING_ASK = re.compile(rf"\s*(?i:{_ASKED})(?:\s+[\w'\u2019]+){{0,4}}\s*\?")


def asks_a_statistic(text: str) -> bool:
    """Whether ``text`` names a statistic of something and gives a list of at least ``LISTED`` numbers after it,
    or gives the list and then asks the statistic in a closing question of its own ("Takings this week: Tue
    £612.40, Wed £588.15, Thu £701.90. Average per day?") or an opening one ("What's my average? My scores were 5,
    4 and 5."); not a list of years: "the average rainfall of Leeds in 2021, 2022 and 2023" names the years of a
    fact."""
    head = text[:SCAN]
    found = _STATISTIC.search(head)
    listed = _LIST.search(head, found.start()) if found is not None else None
    if listed is None:
        closing = _CLOSING_ASK.search(head)
        opening = _OPENING_ASK.match(head)
        listed = _LIST.search(head, 0, closing.start()) if closing is not None else None
        listed = listed or (_LIST.search(head, opening.end()) if opening is not None else None)
    if listed is None:
        return False
    return not all(_YEAR.match(n) for n in re.findall(r"[\d.,$\u20ac\u00a3%-]+\d|\d", listed.group()))


__all__ = ["asks_a_statistic"]
