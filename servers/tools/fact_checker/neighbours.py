"""A country named only as a neighbour: "Mount Kilimanjaro is in Kenya" against a note that puts it "in
northeastern Tanzania near the border with Kenya".

A note that places a thing in one country and, in the same sentence, names the claimed country only as what it
lies near ("near the border with Kenya", "close to Kenya", "just across the border from Uganda") says the thing is
not in the claimed country: the neighbour is named to say where it lies *outside* it. Such a claim is contradicted.

The reading is strict, because mountains, lakes and rivers can cross borders:

- the note must be about the thing (every word of its name in the note's title) and name the claimed country
  nowhere else than after "near", "close to", "border with" or "across the border from";
- the placing sentence says "in" one other country of the list and hedges nothing ("mostly", "partly",
  "between", "on the border", "straddles", "shared", "both");
- only countries are compared, never a city or a region, since a city lies inside a country.

Nothing here supports a claim. Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.places import COUNTRIES
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 20_000
_COUNTRY = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_CLAIM = re.compile(
    r"^(?P<thing>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:is|are|lies|lie|sits|sit|stands|stand)\s+"
    r"(?:(?:located|situated|found)\s+)?in\s+(?P<place>(?:the\s+)?" + _COUNTRY + r")$"
)
# Where the claimed country may be named in the note: as the neighbour the thing lies near.
_NEAR = r"(?:near|close\s+to|(?:near\s+|close\s+to\s+)?the\s+border\s+with|across\s+the\s+border\s+from)\s+(?:the\s+)?"
_PLACED = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
    r"(?P<place>" + _COUNTRY + r")"
)
# A sentence that lets the thing lie in two countries decides nothing.
_SHARED = re.compile(
    r"\b(?:mostly|mainly|largely|partly|partially|chiefly|between|straddl\w*|shared|both|spans?|on\s+the\s+border"
    r"|along\s+the\s+border|crosses|across\s+(?!the\s+border\s+from))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Claimed:
    """A claim that a thing is in a country: the terms of the thing's name, and the country as written."""

    name: frozenset[str]
    country: str


def claimed_country(claim: str) -> Claimed | None:
    """The thing and the country of a claim such as "Mount Kilimanjaro is in Kenya", or None."""
    found = _CLAIM.match(claim.strip().rstrip(".!?")[:400])
    if found is None:
        return None
    country = " ".join(found.group("place").split())
    if country.lower().removeprefix("the ") not in COUNTRIES:
        return None
    name = frozenset(terms(found.group("thing"), subject=True)) - frozenset(terms(country, subject=True))
    return Claimed(name, country) if name else None


def placed_beside(claimed: Claimed, title: str, text: str) -> tuple[str, str] | None:
    """(the sentence, the country it puts the thing in) when a note titled ``title`` on the claimed thing puts it
    in another country and names the claimed one only as its neighbour; else None."""
    if not claimed.name <= frozenset(terms(title, subject=True)):
        return None  # a note about something else may name the thing in passing
    text = text[:MAX_TEXT]
    named = re.escape(claimed.country.removeprefix("the "))
    everywhere = len(re.findall(rf"\b{named}\b", text, re.I))
    beside = len(re.findall(rf"\b{_NEAR}{named}\b", text, re.I))
    if everywhere == 0 or everywhere != beside:
        return None  # not named at all (the ordinary reading decides), or named as more than a neighbour
    for sentence in split_sentences(text):
        if sentence.startswith("#") or not re.search(rf"\b{named}\b", sentence, re.I) or _SHARED.search(sentence):
            continue
        others = [
            m.group("place")
            for m in _PLACED.finditer(sentence)
            if m.group("place").lower() in COUNTRIES and m.group("place").lower() != claimed.country.lower()
        ]
        if len(set(others)) == 1:
            return sentence, others[0]
    return None
