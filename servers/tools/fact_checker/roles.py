"""Roles only one thing holds: "Canberra is the capital of Australia" leaves no room for Sydney.

A claim that names who or what holds a one-holder role ("Sydney is the capital of Australia", "The capital of
Canada is Toronto") is decided by a note that names the holder of the same role of the same place or thing: the
same holder supports it, another holder contradicts it. Only the present tense counts ("is"): "Abuja has been
the capital of Nigeria since 1991" does not deny that Lagos was the capital once. Both the holder and the
place must be names (capitalized), and the role must be one a single holder fills: a capital, a currency, or
a superlative ("the largest city of"); "a city of France" or "the son of" is never read as one.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.vocabulary import terms

MAX_TEXT = 2_000
_NAME = r"(?:[A-Z][\w.'’-]*\s+(?:(?:de|of|the)\s+)?){0,3}[A-Z][\w.'’-]*"
_PLACE = r"(?:the\s+)?" + _NAME
_ROLE = r"[a-z]{3,20}(?:\s+[a-z]{3,20}){0,1}"
_ONE_HOLDER = frozenset({"capital", "capital city", "currency", "official currency", "seat of government"})
_HOLDER_FIRST = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?P<holder>" + _NAME + r")\s+is\s+the\s+(?P<role>" + _ROLE + r")\s+of\s+"
    r"(?P<place>" + _PLACE + r")(?=\s*(?:[,;.]|$|\s+and\s|\s+but\s))"
)
_ROLE_FIRST = re.compile(
    r"^the\s+(?P<role>" + _ROLE + r")\s+of\s+(?P<place>" + _PLACE + r")\s+is\s+(?P<holder>" + _NAME + r")\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Role:
    role: frozenset[str]  # "capital"
    place: frozenset[str]  # "australia"
    holder: frozenset[str]  # "canberra"
    said: str


def _one_holder(role: str) -> bool:
    """Is ``role`` held by one thing at a time? A capital or a currency is; "the son of" or "the moon of" need
    not be, so such roles decide nothing."""
    first = role.split()[0]
    return role in _ONE_HOLDER or first.endswith("est") and first not in ("forest", "west", "interest")


def _role(role: str, place: str, holder: str, said: str) -> Role | None:
    if not _one_holder(role) or not holder[:1].isupper() or not re.sub(r"^the\s+", "", place)[:1].isupper():
        return None
    found = Role(frozenset(terms(role)), frozenset(terms(place)), frozenset(terms(holder, subject=True)), said)
    return found if found.role and found.place and found.holder else None


def claimed_role(claim: str) -> Role | None:
    """The role a claim names the holder of ("Sydney is the capital of Australia"), or None."""
    text = claim.strip().rstrip(".!?")[:MAX_TEXT]
    found = _ROLE_FIRST.match(text)
    if found is None:
        found = _HOLDER_FIRST.match(text)
        if found is None or found.end() < len(text.rstrip()):
            return None
    return _role(found.group("role"), found.group("place"), found.group("holder"), text)


def stated_roles(passage: str) -> list[Role]:
    """Every "<Holder> is the <role> of <Place>" a passage states, in a list or alone."""
    found: list[Role] = []
    for m in _HOLDER_FIRST.finditer(passage[:MAX_TEXT]):
        holder, role, place = m.group("holder"), m.group("role"), m.group("place").rstrip(".")
        stated = _role(role, place, holder, f"{holder} is the {role} of {place}")
        if stated is not None:
            found.append(stated)
    return found


def same_role(claimed: Role, stated: Role) -> bool | None:
    """True when the passage names the same holder of the claim's role, False another holder, None when it
    speaks of another role or place."""
    if claimed.role != stated.role or claimed.place != stated.place:
        return None
    return claimed.holder == stated.holder or claimed.holder <= stated.holder or stated.holder <= claimed.holder
