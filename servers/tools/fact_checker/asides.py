"""Denials and contrasts about another thing than the claim's, which neither deny nor back the claim.

A passage can share most of a claim's words and still speak of something else:

- a **denial of another thing**: "Camels do not store water in their humps" denies water, not fat, so it does
  not contradict "A camel's hump stores fat"; the claim names what the passage leaves out (fat) where the
  passage names something the claim does not (water). Nor does "Columbus was not the first European to reach
  the Americas" deny that he reached them in 1492: its "not" falls on a rank ("the first", "the largest") the
  claim does not claim;
- a **contrast**: "Chameleons change colour mainly to communicate, not mainly to match their background" sets
  one reason aside for another. A claim that shares its words but names something the passage does not
  ("mainly to camouflage") may be the very thing set aside, so the passage does not back it.

Each rule only turns a passage's "supports" or "contradicts" into "related"; it never decides a claim.
Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from typing import Literal

from servers.tools.fact_checker.degrees import superlatives
from servers.tools.fact_checker.propositions import Proposition
from servers.tools.fact_checker.vocabulary import terms

MAX_TEXT = 1_000
_WORD = re.compile(r"[\w'’-]{1,40}")
_DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "some", "any", "much", "more"})
_PREPOSITIONS = frozenset(
    "in on at from to into onto by with without for of about over under through during across as than".split()
)
Stance = Literal["supports", "contradicts", "related"]
# "not the first", "did not make the first", "not the largest": a denial of a rank, not of what was done.
_RANK_DENIED = re.compile(
    r"\b(?:not|never|n't)\s+(?:[a-z]{2,20}\s+)?(?:the|a|an|its|their)\s+"
    r"(?:first|second|third|last|only|[a-z]{2,20}est)\b",
    re.I,
)
# A contrast that sets one thing aside for another: ", not mainly to ...", "rather than", "instead of".
_SET_ASIDE = re.compile(r",\s+(?:and\s+)?not\s|\brather than\b|\binstead of\b|\bnot\s+(?:mainly|primarily)\b", re.I)


def _covered(term: str, pool: frozenset[str]) -> bool:
    # As the clause matching does: "math" meets "mathematics"; short words must match exactly.
    return term in pool or any(min(len(term), len(p)) >= 4 and (p.startswith(term) or term.startswith(p)) for p in pool)


def _missing(claim: Proposition, clause: Proposition) -> set[str]:
    """The claim's predicate terms the clause lacks."""
    return {t for t in claim.predicate_terms if not _covered(t, clause.terms)}


def _object(said: Proposition) -> str:
    """The term of the noun right after the head verb ("fat" in "A camel's hump stores fat"), or "" when a
    preposition or nothing follows it: only a different object makes a denial about another thing; "visible
    from space" and "visible from the Moon" differ in a setting that may include the other."""
    words = _WORD.findall(said.text[:MAX_TEXT])
    at = next((i for i, w in enumerate(words) if terms(w) == [said.head]), None)
    if at is None or not said.head:
        return ""
    following = [w for w in words[at + 1 : at + 4] if w.lower() not in _DETERMINERS]
    if not following or following[0].lower() in _PREPOSITIONS or not following[0].islower():
        return ""
    found = terms(following[0])
    return found[0] if len(found) == 1 else ""


def aside(claim: Proposition, clause: Proposition, passage: str, position: Stance, why: str) -> tuple[Stance, str]:
    """``(position, why)`` unchanged unless the clause denies or sets aside another thing than the claim's;
    then "related" and the reason. ``passage`` is the clause's whole sentence (a contrast is often a clause of
    its own: ", not mainly to match their background")."""
    text = clause.text[:MAX_TEXT]
    if position == "contradicts" and clause.negated != claim.negated:
        if not claim.negated and _RANK_DENIED.search(text) and not superlatives(claim.text):
            return "related", "the passage denies only that it was the first or the most, which the claim does not say"
        denied = _object(clause)  # "water" in "do not store water": another thing when the claim never names it
        if denied and not _covered(denied, claim.terms) and _missing(claim, clause):
            return "related", "the passage denies it of something else, not of what the claim says"
    if position == "supports" and _SET_ASIDE.search(passage[:MAX_TEXT]):
        if _missing(claim, clause):
            return "related", "the passage sets something aside, and does not say what the claim says"
    return position, why
