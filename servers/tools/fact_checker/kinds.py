"""What kind of thing something is, among kinds that exclude each other: the Sun is a star, so not a planet.

Some kinds never overlap: a body in space is a star, a planet, a dwarf planet, a moon, a comet or an asteroid;
an animal is a mammal, a bird, a fish, a reptile, an amphibian, an insect or an arachnid. A claim that names
one such kind for its subject ("the Sun is a planet", "sharks are mammals") is decided by a note that names
the subject's kind in the same plain words ("The Sun is a star", "Sharks are fish"): the same kind supports
it, another kind of the same family contradicts it. A note that hedges or denies ("is not a fish", "is like a
star") decides nothing, and a kind is read whole: "a dwarf planet" is not "a planet".

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.vocabulary import terms

MAX_TEXT = 2_000
_FAMILIES = (
    ("star", "planet", "dwarf planet", "moon", "comet", "asteroid", "galaxy"),
    ("mammal", "bird", "fish", "reptile", "amphibian", "insect", "arachnid"),
)
_FAMILY = {kind: n for n, kinds in enumerate(_FAMILIES) for kind in kinds}
_KINDS = r"(?:dwarf planet|star|planet|moon|comet|asteroid|galaxy|mammal|bird|fish|reptile|amphibian|insect|arachnid)"
_SUBJECT = r"(?P<subject>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
_CLAIM = re.compile(
    r"^"
    + _SUBJECT
    + r"\s+(?:is|are)\s+(?:(?:actually|really|just|also|still)\s+)?(?:an?\s+)?(?P<kind>"
    + _KINDS
    + r")(?:s|es)?$",
    re.I,
)
_SAID = re.compile(
    r"(?:^|[.;]\s+)" + _SUBJECT + r"\s+(?:is|are|(?:is|are|was|were|has been|have been)\s+"
    r"(?:re)?class(?:ed|ified)\s+as)"
    r"\s+(?:(?:the\s+only|one\s+of\s+the|among\s+the)\s+(?:[a-z]+\s+){0,2}?)?(?:an?\s+)?(?:(?:ordinary|typical|medium-sized|small|large|"
    r"giant|true|real)\s+)?(?P<kind>" + _KINDS + r")(?:s|es)?\b(?!\s+like\b)",
    re.I,
)
_HEDGE = re.compile(r"\b(?:not|never|like|once|considered|called|sometimes|as if)\b", re.I)


@dataclass(frozen=True, slots=True)
class Kind:
    """A subject said to be of a kind."""

    subject: frozenset[str]
    kind: str
    said: str


def claimed_kind(claim: str) -> Kind | None:
    """The subject and kind of a claim such as "The Sun is a planet", or None."""
    text = claim.strip().rstrip(".!?")[:400]
    found = _CLAIM.match(text)
    if found is None or _HEDGE.search(text):
        return None
    subject = frozenset(terms(found.group("subject"), subject=True))
    return Kind(subject, found.group("kind").lower(), text) if subject else None


def stated_kind(claimed: Kind, passage: str) -> tuple[bool, str] | None:
    """(same kind, the kind said) when ``passage`` says what kind of thing the claim's subject is, in the
    claimed kind's family; None when it says nothing of the sort or hedges."""
    for found in _SAID.finditer(passage[:MAX_TEXT]):
        subject = frozenset(terms(found.group("subject"), subject=True))
        kind = found.group("kind").lower()
        if subject != claimed.subject or _FAMILY[kind] != _FAMILY[claimed.kind]:
            continue
        clause = passage[found.start() : found.end()]
        if _HEDGE.search(clause):
            continue
        return kind == claimed.kind, kind
    return None
