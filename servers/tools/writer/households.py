"""Saying a text's news to the several people it is for: "to the Hendersons saying their boat's ready" is "Hi
Hendersons, your boat's ready".

A request names the readers and tells the news about them in the third person, as the asker thinks of them; the
text speaks to them. When the readers are several (a household named by its surname, "the parents", "the team")
and what to say opens with "they" or "their", those words mean the readers, so they become "you" and "your". A
clause that names someone else first ("the Browns have booked their boat") is left as said: its "their" is theirs.
A household is greeted by its name when the text has no greeting of its own.
"""

from __future__ import annotations

import re

# Readers who are several: a household ("the Hendersons"), people named by a plural ("the parents", "all the
# volunteers"), or a group ("the team").
_SEVERAL = re.compile(
    r"^(?:the|all(?:\s+the)?|our|my)\s+(?:[\w'’-]+\s+){0,2}(?:[\w'’-]+s|team|staff|crew|family|committee|class|"
    r"group|club|squad|choir)$",
    re.I,
)
_HOUSEHOLD = re.compile(r"^the\s+(?P<name>(?-i:[A-Z])[\w'’-]*s)$", re.I)
_THEY_FIRST = re.compile(r"^(?:that\s+)?(?:they|their)\b", re.I)
_THEY = re.compile(r"\b(?:they|their|them|theirs|themselves)\b", re.I)
_YOU = {"they": "you", "their": "your", "them": "you", "theirs": "yours", "themselves": "yourselves"}


def said_to_several(clause: str, audience: str | None) -> str:
    """``clause`` said to several readers when it opens by speaking of them: "their boat's ready" -> "your boat's
    ready", "they can collect the keys on Friday" -> "you can collect the keys on Friday"."""
    if not audience or not _SEVERAL.match(audience.strip()) or not _THEY_FIRST.match(clause):
        return clause

    def to_you(match: re.Match[str]) -> str:
        said = _YOU[match.group().lower()]
        return said.capitalize() if match.group()[:1].isupper() else said

    return _THEY.sub(to_you, clause)


def household_named(body: list[str], audience: str) -> list[str]:
    """A text to a household that speaks to them ("Your boat's ready ...") greets them by name first."""
    household = _HOUSEHOLD.match(audience.strip())
    if not body or household is None or household.group("name").lower() in " ".join(body).lower():
        return body
    if not re.match(r"^You(?:r|['’]re|['’]ve|['’]ll)?\b", body[0]):
        return body
    return [f"Hi {household.group('name')}, {body[0][:1].lower()}{body[0][1:]}", *body[1:]]
