"""Where someone was born: "Marie Curie was born in Paris" against "Marie Curie, born Maria Skłodowska in Warsaw in
1867, was a Polish-born physicist and chemist who worked in Paris".

A sentence holding every word of the claim need not say it: Paris is where she worked, not where she was born. So a
claim of a birthplace is supported only by a passage that names the place in what it says of the birth: after
"born", in the same clause, with no other deed between them ("worked", "lived", "moved", "died" ...).

Someone is born in one place, so a passage that says the person named was born in another city, when the claim
names a city (or in another country, when it names a country), contradicts the claim. Only places of the same
kind are compared, and only known ones: "born in Ajaccio, on the island of Corsica" decides nothing about "born in
France", which may hold it. Every regex here is linear: bounded gaps, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.places import CITIES, COUNTRIES
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 20_000
_PLACE = r"[A-Z][\w'’-]{1,30}(?:[\s-]+(?:upon-|on-|de\s+)?[A-Z][\w'’-]{1,30}){0,2}"
_CLAIM = re.compile(
    rf"^(?P<who>\S.{{0,80}}?)\s+(?:was|were)\s+born\s+(?:on\s+[\w ]{{1,30}}?\s+|in\s+\d{{3,4}}\s+)?in\s+"
    rf"(?P<place>(?:the\s+)?{_PLACE})(?:\s+(?:in|on)\s+[\w ]{{1,30}})?$"
)
# Another deed between "born" and the place: the place is where that happened, not the birth.
_OTHER_DEED = re.compile(
    r"\b(?:work\w*|lived|lives|living|moved|moves|died|dies|settled|studied|grew|raised|married|taught|stayed|"
    r"who|which|where|later|then|but|and\s+(?:was|is|has|had))\b",
    re.I,
)
_BORN_IN = re.compile(rf"\bborn\b(?P<gap>[^.;:]{{0,80}}?)\bin\s+(?:the\s+)?(?P<place>{_PLACE})")
_PRONOUN = re.compile(r"^\W*(?:he|she|they)\b", re.I)


def claimed_birthplace(claim: str) -> tuple[str, str] | None:
    """(who, where) of a claim such as "Marie Curie was born in Paris", or None."""
    found = _CLAIM.match(" ".join(claim.strip().rstrip(".!?").split())[:300])
    if found is None:
        return None
    return found.group("who"), found.group("place").removeprefix("the ")


def born_there(place: str, passage: str) -> bool:
    """Does ``passage`` name ``place`` in what it says of a birth ("born ... in Ajaccio, on the island of
    Corsica" names Corsica), with no other deed between the two?"""
    named = re.escape(place)
    for found in re.finditer(rf"\bborn\b(?P<gap>[^.;]{{0,80}}?)\b{named}\b", passage[:MAX_TEXT]):
        if not _OTHER_DEED.search(found.group("gap")):
            return True
    return False


def born_apart(claimed: tuple[str, str], title: str, text: str) -> tuple[str, str] | None:
    """(the sentence, the place) when a note says the person claimed was born in another known place of the
    claimed place's kind (a city for a city, a country for a country); else None."""
    who, place = claimed
    kind = _kind(place)
    if kind is None:
        return None
    person = frozenset(terms(who, subject=True))
    titled = bool(person) and person <= frozenset(terms(title, subject=True))
    if not person or born_there(place, text[:MAX_TEXT]):
        return None  # the note names the claimed place for the birth too
    for sentence in split_sentences(text[:MAX_TEXT]):
        if not (person <= frozenset(terms(sentence, subject=True)) or titled and _PRONOUN.match(sentence)):
            continue
        for found in _BORN_IN.finditer(sentence):
            other = found.group("place")
            if not _OTHER_DEED.search(found.group("gap")) and _kind(other) == kind and other.lower() != place.lower():
                return sentence, other
    return None


def _kind(place: str) -> str | None:
    key = " ".join(place.lower().split()).removeprefix("the ")
    if key in CITIES:
        return "city"
    return "country" if key in COUNTRIES else None
