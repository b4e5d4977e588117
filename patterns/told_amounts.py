"""Amounts told: a text that tells someone "how much" of something an earlier step worked out.

"Calculate 12 times £45, then write a short email to the parents telling them how much the trip costs": the writer
is handed the calculator's answer ("£540.00"), but "telling them how much the trip costs" asks a question its points
do not answer in words, and a writer offline cannot fit a bare figure into it. Said as the statement the answer
makes of it, "telling them the trip costs £540.00", it is a point to write.

Only an indirect "how much" whose clause has a verb of amount ("costs", "is", "comes to", "raised") and names a
thing, not people ("how much each person owes" says who pays, not for what), is read: the figure is said after that
verb, where a person says it; anything else is left as it is.
"""

from __future__ import annotations

import re

SCAN = 400
"""Only this much of an instruction is read."""
MAX_FIGURE_CHARS = 40
"""A handed-on answer longer than this is no single figure to say in a clause."""

_HOW_MUCH = re.compile(
    r"\bhow\s+much\s+(?P<subject>(?:(?!how\b)[\w'-]+\s+){1,5}?)"
    r"(?P<verb>(?:is|are|was|were|costs?|owes?|pays?|gets?|earns?|weighs?|raised|made|spent|saved|comes?\s+to"
    r"|(?:needs?|has|have)\s+to\s+pay|will\s+(?:cost|be|pay|get|owe)|should\s+(?:pay|get|owe))\b)",
    re.IGNORECASE,
)
# a figure alone: "$43.50", "£120.00 per person", "81.65 kilograms" (one number in it, said first)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FIGURE_FIRST = re.compile(r"^[$\u20ac\u00a3\u00a5]?-?\d")
MAX_FIGURE_WORDS = 4
# Subjects that are people: "how much each person owes" says who pays but not for what, and a message saying only
# "Each person owes $43.50" leaves out what the sum was of; such a clause is left as it is.
_PEOPLE = frozenset(
    """everyone everybody we they you i he she person people player players member members guest guests
    pupil pupils child children parent parents student students""".split()
)
# a subject counted one at a time, and a figure that says so too
_EACH = re.compile(r"\b(?:each|per|every)\b", re.IGNORECASE)
_PER_ONE = re.compile(r"\s+(?:per\s+[a-z]+|each|a\s+head)$", re.IGNORECASE)


def told_how_much(instruction: str, answer: str) -> str | None:
    """``instruction`` with its "how much <subject> <verb>" said as "<subject> <verb> <answer>", when ``answer`` is
    one short figure; ``None`` when it asks no such thing or the answer is more than a figure."""
    figure = answer.strip()
    if len(figure) > MAX_FIGURE_CHARS or len(figure.split()) > MAX_FIGURE_WORDS or not _FIGURE_FIRST.match(figure):
        return None  # "The tower is 330 m tall." says more than a figure
    if len(_NUMBER.findall(figure)) != 1:
        return None
    found = _HOW_MUCH.search(instruction[:SCAN])
    if found is None or _PEOPLE & set(found.group("subject").lower().split()):
        return None  # "how much each person owes": of what, the clause does not say, so the text could not
    figure = figure.rstrip(".")
    if _EACH.search(found.group("subject")):
        figure = _PER_ONE.sub("", figure)  # "each person gets £14.40", not "... £14.40 per person"
    said = f"{found.group('subject')}{found.group('verb')} {figure}"
    return f"{instruction[: found.start()]}{said}{instruction[found.end() :]}"


__all__ = ["told_how_much"]
