"""Frames around a statement: "The idea that X is a myth", "There is no evidence that X", "Tests show that X".

A note often states a fact by framing another statement: denying it (X is a myth, false, unsupported), reporting
it (he answered that X, studies show that X), or only relaying it (a newspaper claimed that X). The frame decides
what the sentence asserts about X: its opposite, X itself, or nothing at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_CUE = (
    r"(?P<cue>myth|false|untrue|not true|wrong|incorrect|misconception|mistaken|baseless|unfounded|apocryphal"
    r"|fiction|legend|nonsense|inaccurate)"
)
_DENIALS = [
    re.compile(
        r"(?:(?:the|this|that|a|an|one)\s+)?(?:[\w'-]+\s+){0,3}?(?:claim|idea|belief|story|saying|notion|legend"
        r"|myth|rumou?r|assertion|tale|misconception|warning|impression|view|proverb|contention|figure|statistic"
        r"|anecdote|line|report|suggestion|assumption|picture|image|theory|rule|advice|notion)\s+that\s+"
        r"(?P<x>.+?),?\s+(?:is|was|are|were|has been|remains)\s+(?:also\s+|simply\s+|just\s+|itself\s+)?"
        r"(?:an?\s+)?(?:(?:popular|common|persistent|old|urban|modern)\s+)?" + _CUE + r"\b",
        re.I | re.S,
    ),
    re.compile(
        r"(?:it|this)\s+(?:is|was|'s)\s+(?:also\s+)?(?:an?\s+)?(?:(?:popular|common|persistent)\s+)?"
        + _CUE
        + r"\s+(?:to\s+(?:say|think|believe|claim)\s+)?that\s+(?P<x>.+)",
        re.I | re.S,
    ),
    re.compile(
        r"there\s+(?:is|was|has been)\s+(?P<cue>no|little|not any)\s+(?:[\w-]+\s+){0,2}?(?:evidence|proof|record"
        r"|sign|support|basis|indication)\s+(?:that|for the (?:claim|idea|belief|rule|advice|notion) that)\s+(?P<x>.+)",
        re.I | re.S,
    ),
    re.compile(
        r"(?P<cue>no|none of the)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|evidence|research|records?|sources?"
        r"|surveys?|experiments?)\s+(?:has\s+|have\s+|had\s+)?(?:ever\s+)?(?:found|shown|shows|showed|proved|proven"
        r"|supports?|supported|confirms?|confirmed|demonstrated)\s+that\s+(?P<x>.+)",
        re.I | re.S,
    ),
]
# "The story that carrots help people see in the dark was spread by ...": a belief named as the subject, then
# something said of the belief (who spread it, where it comes from), asserts nothing about what is believed.
_BELIEF_NAMED = re.compile(
    r"(?:(?:the|this|that|a|an|one)\s+)?(?:[\w'-]+\s+){0,3}?(?:claim|idea|belief|story|saying|notion|legend|myth"
    r"|rumou?r|tale|misconception|assumption|impression|superstition|folk tale|old wives' tale)\s+that\s+",
    re.I,
)
_ASSERTIONS = [
    re.compile(r"(?:contrary to (?:popular|common) (?:belief|opinion)|in fact|in reality),?\s+(?P<x>.+)", re.I | re.S),
]


# "<someone> <verb> that X": X is what the clause asserts when the verb reports or establishes it, nothing
# when the verb only relays a belief ("claimed", "repeated the idea"), and X denied after "denied".
_THAT = re.compile(r"\b([A-Za-z]+)\s+that\s+")
_REPORTING = frozenset(
    "say says said answer answers answered reply replies replied write writes wrote state states stated note "
    "notes noted explain explains explained report reports reported confirm confirms confirmed record records "
    "recorded know knew realised realized learned add adds added insist insists insisted agree agreed recall "
    "recalled admit admitted announce announced declare declared show shows showed shown find finds found "
    "prove proves proved proven demonstrate demonstrates demonstrated indicate indicates indicated establish "
    "established".split()
)
_RELAYING = frozenset(
    "claim claims claimed allege alleges alleged rumoured rumored repeat repeats repeated believe believes "
    "believed think thinks thought assume assumed suppose supposed imagine imagined fear feared hope hoped "
    "suggest suggested wonder wondered".split()
)


@dataclass(frozen=True, slots=True)
class Framed:
    """The statement inside a frame, and how the frame bears on it."""

    inner: str
    denied: bool  # the frame denies the statement
    why: str  # for a denial: "calls it a myth", "says there is no evidence for it", "says it is not so"


def unframe(clause: str) -> Framed | Literal[False] | None:
    """The statement a frame holds; ``False`` when the clause only relays a belief (it asserts nothing);
    ``None`` when the clause is not framed."""
    for pattern in _DENIALS:
        match = pattern.fullmatch(clause)
        if match:
            cue = match.group("cue").lower()
            none = cue in ("no", "little", "not any", "none of the")
            return Framed(
                match.group("x"), True, "says there is no evidence for it" if none else f"calls it {_article(cue)}"
            )
    for pattern in _ASSERTIONS:
        match = pattern.fullmatch(clause)
        if match:
            return Framed(match.group("x"), False, "")
    if _BELIEF_NAMED.match(clause):
        return False
    for match in _THAT.finditer(clause):
        verb = match.group(1).lower()
        if verb in _RELAYING:
            return False
        if verb in _REPORTING:
            return Framed(clause[match.end() :], False, "")
        if verb in ("deny", "denies", "denied"):
            return Framed(clause[match.end() :], True, "says it is not so")
    return None


def _article(cue: str) -> str:
    return f"a {cue}" if cue in ("myth", "misconception", "legend", "fiction") else cue
