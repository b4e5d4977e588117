"""How far one thing is from another: "The Earth sits roughly 15 million km from the Sun" is decided by a note that
gives the distance between the two ("The average distance between the Earth and the Sun is about 149.6 million
kilometres": contradicted), or the distance of the note's subject from the other ("Its average distance from
Earth is about 384,400 kilometres" in the note on the Moon).

Only the figures said of that distance count, up to the end of its clause: "... 384,400 kilometres and its
diameter is about 3,474 kilometres" gives one distance, not two. A note that names the two things without a
figure for the distance between them ("not by changes in the distance between the Earth and the Sun") decides
nothing. The figures are compared as any other (``figures.compare``): another unit is converted, "about" allows
for rounding.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.figures import Figure, compare, find_figures
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 4_000
_THING = r"(?:the\s+)?(?P<{}>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
_CLAIM = re.compile(
    r"^\W*" + _THING.format("near") + r"\s+(?:is|sits|lies|orbits|is\s+located|is\s+situated)\s+"
    # (up to two hedges or intensifiers before the figure: "only about", "just over", "well under")
    r"(?P<figure>(?:(?:about|roughly|around|approximately|some|nearly|almost|only|just|merely|barely|well|over|"
    r"under|more\s+than|less\s+than)\s+){0,2}\d[\d.,]*\s*(?:million|billion|thousand)?\s*(?:km|kilomet(?:re|er)s?|miles?|metres?|"
    r"meters?|light[- ]years?))\s+(?:away\s+)?from\s+" + _THING.format("far") + r"\W*$",
    re.I,
)
# "the (average) distance between the Earth and the Sun is ...", "its (average) distance from Earth is ...":
# the figures are those of the rest of the clause.
_SAID = re.compile(
    r"\bdistance\s+(?:between\s+(?:the\s+)?(?P<one>[\w'’ -]{2,40}?)\s+and\s+(?:the\s+)?(?P<other>[\w'’ -]{2,40}?)"
    r"|from\s+(?:the\s+)?(?P<from>[\w'’ -]{2,40}?))\s+(?:is|was|of)\s+(?P<rest>(?:[^;.]|\.(?=\d)){1,160})",
    re.I,
)
_CLAUSE_END = re.compile(r"\s+and\s+(?:its|the|their|it)\b|;")
Stance = Literal["supports", "contradicts"]


@dataclass(frozen=True, slots=True)
class Distance:
    near: frozenset[str]  # "earth"
    far: frozenset[str]  # "sun"
    figures: tuple[Figure, ...]


def claimed_distance(claim: str) -> Distance | None:
    """The distance a claim gives between two things; None for any other claim."""
    found = _CLAIM.match(claim.strip()[:MAX_TEXT])
    if found is None:
        return None
    near, far = frozenset(terms(found["near"])), frozenset(terms(found["far"]))
    figures = find_figures(found["figure"]).figures
    return Distance(near, far, figures) if near and far and near != far and figures else None


def distance_said(distance: Distance, title: str, text: str) -> tuple[str, Stance, str] | None:
    """(sentence, stance, why) for the sentence of a note that gives the distance between the claim's two
    things; None when the note gives none."""
    subject = frozenset(terms(title))
    for sentence in split_sentences(text[:MAX_TEXT]):
        for said in _SAID.finditer(sentence):
            if said["from"] is not None:  # "its distance from Earth": the note's subject, from the thing named
                pairs = [(subject | frozenset(terms(sentence[: said.start()])), frozenset(terms(said["from"])))]
            else:
                one, other = frozenset(terms(said["one"])), frozenset(terms(said["other"]))
                pairs = [(one, other), (other, one)]
            if not any(distance.near <= a and distance.far == b for a, b in pairs):
                continue
            clause = _CLAUSE_END.split(said["rest"], maxsplit=1)[0]
            given = find_figures(clause).figures
            if not given:
                continue
            outcome, why = compare(distance.figures, given)
            if outcome == "agree":
                return sentence, "supports", why
            if outcome == "disagree":
                return sentence, "contradicts", why
    return None
