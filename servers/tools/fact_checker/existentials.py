"""How many of a thing there are: "there are seven continents" read as a count of continents.

"There are seven continents" has no subject for the checker to look up: "there" stands for nothing. The count
is a claim about the continents, so the clause is read with the things counted as its subject, "number" as its
predicate and the count as its figure ("seven continents"). A note that says "By the most common convention
there are seven continents: ..." is read the same way, so the two meet on their subject and compare their
figures ("there are six continents" is contradicted by the note's seven). What follows the things ("in the
adult human body", "in Africa") stays in the predicate, where the note must say it too; what comes before
"there" ("By the most common convention") is a lead, as for any clause.

Only a count is read so: "there is no evidence that ...", "there was a war" are left to the ordinary reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.figures import NUMBER_WORDS

_COUNT = (
    r"(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?![\w-])"
)
_QUALIFIER = (
    r"(?:(?:about|around|roughly|approximately|over|under|more than|fewer than|less than|nearly|almost|exactly"
    r"|only|just|some|at least|at most)\s+)"
)
_BREAK = (
    r"(?:in|on|at|of|to|for|with|by|from|per|each|every|across|around|within|inside|left|today|worldwide|and|or|but"
    r"|that|which|who)"
)
_EXISTENTIAL = re.compile(
    rf"^(?P<lead>(?:[^\s]+\s+){{0,8}}?)[Tt]here(?:\s+(?:are|were)|['’]re)\s+(?P<count>{_QUALIFIER}?{_COUNT})\s+"
    rf"(?P<things>[a-z][\w-]*(?:\s+(?!{_BREAK}\b)[a-z][\w-]*){{0,2}}(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?)"
    r"(?P<rest>(?:\s.*)?)$",
    re.S,
)


@dataclass(frozen=True, slots=True)
class Count:
    """A clause that says how many of a thing there are."""

    lead: str  # what comes before "there" ("By the most common convention")
    count: str  # "seven", "more than 14,000"
    things: str  # "continents", "species of bat"
    rest: str  # what follows the things ("in the adult human body")


# The whole world as the place counted in says nothing more than the count: "seven continents in the world".
_WORLDWIDE = re.compile(r"^\s*(?:in|on|across)\s+(?:the\s+)?(?:world|earth|planet|globe)\s*$|^\s*worldwide\s*$", re.I)
# One place the things are in, and nothing after it: "in the solar system", "in the adult human body".
_PLACE = re.compile(r"^\s*in\s+(?P<place>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4})\s*$")


def counted(clause: str) -> Count | None:
    """The count ``clause`` says ("there are seven continents"), or None when it says none."""
    found = _EXISTENTIAL.match(clause[:1_000].strip())
    if found is None:
        return None
    rest = "" if _WORLDWIDE.match(found.group("rest")) else found.group("rest")
    return Count(found.group("lead").strip(" ,"), found.group("count"), found.group("things"), rest)


def as_had(count: Count) -> str | None:
    """A count of things in one place said as what the place has, as notes say it: "there are eight planets in
    the solar system" is "the solar system has eight planets"; None when no one place follows the things."""
    place = _PLACE.match(count.rest)
    if place is None:
        return None
    return f"{count.lead} {place.group('place')} has {count.count} {count.things}".strip()
