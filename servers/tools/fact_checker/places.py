"""Where a building or monument stands: "the Eiffel Tower is in Rome" against notes that put it in Paris.

A structure (a tower, a wall, a palace, a pyramid) stands in one place, and two countries, or two cities, do
not overlap. So a claim that places a structure in a country or a city is contradicted by the notes about that
structure when they place it, in a sentence that names it, in another country (or another city), and never
name the claimed one anywhere. Only the same kind of place is compared: notes that say "in Paris" decide
nothing about "in France", nor "in China" about "in Beijing", since a city lies inside a country.

Nothing here supports a claim: "in Paris" said somewhere in a note on the tower may be about something else
near it, so agreement is left to the ordinary reading of the clause. Things that can cross borders (rivers,
mountains, forests, deserts) are not structures, and a sentence that hedges ("mostly in", "on the border")
places nothing. Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 20_000
COUNTRIES = frozenset(
    """afghanistan albania algeria argentina armenia australia austria bangladesh belgium bolivia brazil bulgaria
    cambodia canada chile china colombia croatia cuba czechia denmark ecuador egypt estonia ethiopia finland
    france georgia germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy jamaica
    japan jordan kenya laos latvia lebanon lithuania malaysia mexico mongolia morocco myanmar nepal netherlands
    nigeria norway pakistan panama peru philippines poland portugal romania russia serbia singapore slovakia
    slovenia spain sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay
    venezuela vietnam zambia zimbabwe""".split()
) | frozenset(
    {"korea", "south korea", "north korea", "new zealand", "south africa", "saudi arabia", "sri lanka",
     "united states", "united kingdom", "the united states", "the united kingdom", "the netherlands"}
)  # fmt: skip
CITIES = frozenset(
    """amsterdam athens bangkok barcelona beijing berlin bern brussels budapest cairo canberra chicago copenhagen
    delhi dubai dublin edinburgh florence helsinki istanbul jakarta jerusalem kyoto lagos lisbon london
    madrid manila melbourne milan moscow mumbai munich nairobi naples oslo ottawa paris prague rome seoul
    shanghai singapore stockholm sydney tokyo toronto venice vienna warsaw washington wellington""".split()
) | frozenset(
    {"new york", "new delhi", "los angeles", "san francisco", "hong kong", "mexico city", "buenos aires",
     "rio de janeiro", "cape town", "st petersburg", "saint petersburg", "washington dc"}
)  # fmt: skip
# The nations of the United Kingdom: none overlaps another, but each lies inside the United Kingdom, so they are
# compared with one another only, never with a country.
NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})
# The last word of a structure's name: what stands in one place.
_STRUCTURES = frozenset(
    """tower towers wall palace pyramid pyramids sphinx statue temple cathedral castle museum colosseum church
    mosque stadium monument building skyscraper abbey fortress fort mausoleum shrine arch gate lighthouse
    opera house wheel aqueduct viaduct theatre library""".split()
)
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:de|of|the)\s+)?[A-Z][\w'’-]*){0,3}"
_CLAIM = re.compile(
    r"^(?P<thing>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:(?:is|are|stands|stand|lies|lie|sits|sit)\s+"
    r"(?:(?:located|situated|found|built)\s+)?|(?:was|were)\s+(?:built|located|situated|erected|constructed)\s+)"
    r"in\s+(?P<place>" + _NAME + r")$",
    re.I,
)
# Where a living thing is said to live, by a name of several words ("penguins live at the North Pole"): a passage
# can hold each word apart ("just north of the equator", a "Pole" elsewhere) and so seem to say it, which only one
# that puts it at the named place does.
_LIVES = re.compile(
    r"^(?P<thing>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:(?:do|does|can|only|mostly|mainly)\s+)?"
    r"(?:live|lives|lived|dwell|dwells|nest|nests|breed|breeds|are\s+found|is\s+found|can\s+be\s+found)\s+"
    r"(?:in|at|on)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})$"
)
# A place said as a direction or a distance from somewhere ("north of the South Pole", "outside of Europe").
_AWAY = re.compile(r"\b(?:north|south|east|west|outside|instead|short|ahead|clear|independent|free)\s*$", re.I)
_QUARTER = (
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|"
    r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|old|modern)\s+)?"
)
_SAID = re.compile(
    rf"\b(?:in|across|through|at)\s+(?:the\s+)?{_QUARTER}"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:de\s+)?[A-Z][\w'’-]*){0,2})"
    r"(?:,\s+(?P<within>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-]))?"  # "in Paris, France"
)
# A sentence that places only part of a thing, or puts it between places, decides nothing.
_HEDGED = re.compile(
    r"\b(?:mostly|mainly|largely|partly|partially|chiefly|most of|much of|part of|parts of|border|borders|"
    r"between|near|outside|replica|copy|copies)\b",
    re.I,
)
Kind = Literal["country", "nation", "city"]


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim that a structure stands in a place: its name's terms, the place and its kind."""

    name: frozenset[str]
    head: str
    place: str
    kind: Kind


def _kind(place: str) -> Kind | None:
    key = " ".join(place.lower().split())
    if key in COUNTRIES or key.removeprefix("the ") in COUNTRIES:
        return "country"
    if key in NATIONS:
        return "nation"
    if key in CITIES:
        return "city"
    return None


def claimed_place(claim: str) -> Placed | None:
    """The structure and place of a claim such as "The Great Wall of China is in Japan", or None."""
    found = _CLAIM.match(claim.strip().rstrip(".!?")[:400])
    if found is None:
        return None
    thing, place = found.group("thing"), " ".join(found.group("place").split())
    kind = _kind(place)
    head = re.split(r"\s+of\s+", thing, maxsplit=1)[0].split()[-1].lower()
    if kind is None or head not in _STRUCTURES:
        return None
    name = frozenset(terms(thing, subject=True)) - frozenset(terms(place, subject=True))
    return Placed(name, head, place, kind) if name else None


def placed_elsewhere(claimed: Placed, title: str, text: str) -> tuple[str, str] | None:
    """(the passage, the place it names) when a note titled ``title`` is about the claimed structure and puts
    it in another place of the same kind, never naming the claimed place; else None."""
    text = text[:MAX_TEXT]
    if not claimed.name <= frozenset(terms(title, subject=True)):
        return None  # a note about something else may name the structure in passing
    if re.search(r"\b" + re.escape(claimed.place.removeprefix("the ")) + r"\b", text, re.I):
        return None
    for sentence in split_sentences(text):
        if sentence.startswith("#") or _HEDGED.search(sentence):
            continue
        said = frozenset(terms(sentence, subject=True))
        if claimed.head not in sentence.lower() and not claimed.name <= said:
            continue
        for found in _SAID.finditer(sentence):
            for place in (found.group("place"), found.group("within") or ""):
                if _kind(place) == claimed.kind:
                    return sentence, place
    return None


_ASIDE = re.compile(r",\s+(?:which|who|that)\s[^,]{1,120},")


def claimed_location(claim: str) -> str | None:
    """The place a claim puts anything in ("Mount Kilimanjaro is in Kenya" -> "Kenya"), or None. A relative clause
    set off by commas says something else of the thing ("Kilimanjaro, which has three cones, is in Kenya")."""
    plain = _ASIDE.sub("", claim.strip().rstrip(".!?")[:400])
    found = _CLAIM.match(plain)
    return " ".join(found.group("place").split()).removeprefix("the ") if found is not None else None


def places_it_in(place: str, passage: str) -> bool:
    """Whether ``passage`` says "in <place>" ("in northeastern Tanzania"), not only names it nearby ("near the
    border with Kenya"): a passage that names the claimed place beside the thing does not put the thing there."""
    said = rf"\b(?:in|across|throughout|within)\s+(?:the\s+)?{_QUARTER}{re.escape(place)}\b"
    return re.search(said, passage[:MAX_TEXT], re.I) is not None


def claimed_habitat(claim: str) -> str | None:
    """The place of several words a claim says a living thing lives in ("penguins live at the North Pole" ->
    "North Pole"), or None."""
    found = _LIVES.match(_ASIDE.sub("", claim.strip().rstrip(".!?")[:400]))
    return " ".join(found.group("place").split()).removeprefix("the ") if found is not None else None


def names_whole(place: str, passage: str) -> bool:
    """Whether ``passage`` puts something at ``place`` named as one name ("in the Himalaya Mountains", "the high
    ranges of Central Asia"), not only each of its words somewhere ("just north of the equator" and a "Pole"
    elsewhere), nor the place as a direction from it ("a long way north of the South Pole")."""
    name = r"\s+".join(re.escape(word) for word in place.split())
    said = rf"\b(?P<by>in|at|on|around|across|throughout|within|of)\s+(?:the\s+)?{_QUARTER}{name}\b"
    for found in re.finditer(said, passage[:MAX_TEXT], re.I):
        if found.group("by").lower() != "of" or not _AWAY.search(passage[max(0, found.start() - 30) : found.start()]):
            return True
    return False
