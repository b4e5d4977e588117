"""Which continent or ocean a thing is in: "the Amazon river is in Africa" against notes that put it in South
America.

A claim that places a thing in a continent ("in Africa"), or in a country or city that lies wholly on one
continent ("in India"), is contradicted by notes that place it on another continent: a clause whose subject is
the thing (or "it", in a note titled with its name) and that says "in", "across" or "through" only places of
one other continent ("The Amazon is the longest river in South America"; "Kilimanjaro, in northeastern
Tanzania near the border with Kenya"). A claim that puts a thing in an ocean is read the same way against
notes that name another ocean.

The reading is strict, because a continent is exclusive only for a thing that does not cross one:

- countries that span two continents (Russia, Turkey, Egypt ...) and the United States (Hawaii lies in the
  Pacific) place nothing; unknown place names are ignored;
- a clause that names places of two continents, or compares or sets apart ("longer than any river in South
  America", "unlike", "outside", "not"), places nothing;
- a note that names the claimed continent (or a country of it, or its adjective, "African") in any sentence
  about the thing decides nothing, since the thing may lie in both.

Nothing here supports a claim; agreement is left to the ordinary reading. Every regex here is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.propositions import read_sentence
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 20_000
Kind = Literal["continent", "ocean"]

_CONTINENTS = {
    "africa": "Africa", "asia": "Asia", "europe": "Europe", "north america": "North America",
    "south america": "South America", "antarctica": "Antarctica", "australia": "Australia",
    "oceania": "Australia",
}  # fmt: skip
_OCEANS = {"pacific": "Pacific", "atlantic": "Atlantic", "indian": "Indian", "arctic": "Arctic"}
# Countries, cities and mountain ranges that lie wholly on one continent, by the usual convention.
_ON = {
    "Africa": """algeria angola botswana cameroon chad congo ethiopia ghana kenya libya madagascar mali morocco
        mozambique namibia niger nigeria rwanda senegal somalia sudan tanzania tunisia uganda zambia zimbabwe
        south_africa cairo lagos nairobi cape_town atlas_mountains""",
    "Asia": """afghanistan bangladesh cambodia china india iran iraq israel japan jordan laos lebanon malaysia
        mongolia myanmar nepal pakistan philippines saudi_arabia singapore sri_lanka syria taiwan thailand
        vietnam korea south_korea north_korea beijing shanghai tokyo kyoto seoul delhi new_delhi mumbai bangkok
        manila jakarta hong_kong dubai jerusalem agra himalayas himalaya karakoram""",
    "Europe": """albania austria belgium bulgaria croatia czechia denmark estonia finland france germany greece
        hungary iceland ireland italy latvia lithuania netherlands the_netherlands norway poland portugal
        romania serbia slovakia slovenia spain sweden switzerland ukraine united_kingdom the_united_kingdom
        england scotland wales amsterdam athens barcelona berlin bern brussels budapest copenhagen dublin
        edinburgh florence helsinki lisbon london madrid milan munich naples oslo paris prague rome stockholm
        venice vienna warsaw alps pyrenees dolomites carpathians""",
    "North America": """canada mexico cuba jamaica new_york los_angeles san_francisco chicago toronto ottawa
        washington mexico_city rockies rocky_mountains appalachians""",
    "South America": """argentina bolivia brazil chile colombia ecuador peru uruguay venezuela buenos_aires
        rio_de_janeiro andes""",
    "Australia": "new_zealand canberra sydney melbourne wellington queensland",
}
# Countries on two continents, and the United States (Hawaii lies in the Pacific): what they are said to be in
# places nothing, and a claim about which continent they are on is left alone.
_SPANNING = frozenset(terms("russia turkey egypt kazakhstan georgia azerbaijan indonesia panama united states america"))
_CONTINENT_OF = {name.replace("_", " "): continent for continent, names in _ON.items() for name in names.split()}
# the adjective of a continent in a sentence about the thing: "the largest African lake"
_ADJECTIVES = {
    "Africa": "african", "Asia": "asian", "Europe": "european", "North America": "north american",
    "South America": "south american", "Antarctica": "antarctic", "Australia": "australian",
}  # fmt: skip
_CLAIM = re.compile(
    r"^(?P<thing>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:is|are|lies|lie|sits|sit|stands|stand|flows|flow"
    r"|runs|run|can\s+be\s+found)\s+(?:(?:located|situated|found|based)\s+)?(?:in|on|through|across)\s+(?:the\s+)?"
    r"(?:(?P<ocean>pacific|atlantic|(?:indian|arctic)(?=\s+ocean))(?:\s+ocean)?|(?:continent\s+of\s+)?(?P<place>"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}))$",
    re.I,
)
_SAID = re.compile(
    r"\b(?:in|across|through|throughout|within)\s+(?:the\s+)?(?i:(?:north|south|east|west|central)(?:ern)?\s+"
    r"(?!America)|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:de\s+)?[A-Z][\w'’-]*){0,2})(?:,\s+(?P<within>[A-Z][\w'’-]*(?:\s+[A-Z]"
    r"[\w'’-]*)?)(?![\w'’-]))?"
)
_OCEAN_SAID = re.compile(r"\b(?:the\s+)?(?P<ocean>Pacific|Atlantic|Indian|Arctic)\s+Ocean\b|\bthe\s+(?P<bare>"
                         r"Pacific|Atlantic)\b")  # fmt: skip
# A clause that compares, sets apart or denies does not place its subject where it names.
_APART = re.compile(
    r"\b(?:than|unlike|compared|outside|except|beyond|not|never|nor|no|rather|instead|replica|copy|copies"
    r"|named|like|off)\b",
    re.I,
)
# Words that say what kind of thing it is, not which one: "the Amazon river" and "the Amazon" are one river.
KIND_WORDS = frozenset(
    terms(
        "river rivers mount mountain mountains lake desert rainforest forest reef ocean sea island falls waterfall "
        "tower canyon volcano city country range peak basin delta language ship"
    )
)
TOPIC_WORDS = KIND_WORDS | frozenset(terms("water waters"))
"""What a note says of its own topic by its kind or its water alone ("The lake is ...", "The water is about ten
times saltier" in the note on the Dead Sea)."""


@dataclass(frozen=True, slots=True)
class Region:
    """A claim that a thing lies in a continent or an ocean: the thing's name terms, its kind words, the place."""

    name: frozenset[str]
    kinds: frozenset[str]
    place: str
    kind: Kind


def claimed_region(claim: str) -> Region | None:
    """The thing and the continent (or ocean) of a claim such as "the Amazon river is in Africa" or "the Taj
    Mahal is in Brazil", or None."""
    found = _CLAIM.match(claim.strip().rstrip(".!?")[:400])
    if found is None:
        return None
    said = terms(found.group("thing"), subject=True)
    name = frozenset(said) - KIND_WORDS
    if not name or name & _SPANNING:
        return None
    if found.group("ocean"):
        place, kind = _OCEANS[found.group("ocean").lower()], "ocean"
    else:
        written = " ".join(found.group("place").lower().split())
        place = _CONTINENTS.get(written) or _CONTINENT_OF.get(written) or ""
        kind = "continent"
    return Region(name, frozenset(said) & KIND_WORDS, place, kind) if place else None


def placed_elsewhere(claimed: Region, title: str, text: str) -> tuple[str, str] | None:
    """(the passage, the continent or ocean it names) when the note places the claimed thing in another one,
    and names the claimed one in no sentence about the thing; else None."""
    text = text[:MAX_TEXT]
    title_terms = frozenset(terms(title, subject=True))
    about_it = claimed.name <= title_terms
    every = frozenset(terms(text, subject=True)) | title_terms
    if not claimed.kinds <= every:
        return None  # "the Amazon river" against a note on a rainforest that never says "river"
    found: tuple[str, str] | None = None
    for sentence in split_sentences(text):
        if sentence.startswith("#"):
            continue
        if not about_it and not claimed.name <= frozenset(terms(sentence, subject=True)):
            continue
        if _names(claimed, sentence):
            return None
        if found is None:
            found = _placed(claimed, sentence, title_terms)
    return found


def _placed(claimed: Region, sentence: str, title_terms: frozenset[str]) -> tuple[str, str] | None:
    """(sentence, region) when a clause of ``sentence`` about the thing places it in one other region."""
    for clause in read_sentence(sentence):
        own = claimed.name <= clause.subject_terms
        if not own and not (clause.anaphoric and claimed.name <= title_terms):
            continue
        if _APART.search(clause.text):
            continue
        regions = _regions(clause.text, claimed.kind)
        if len(regions) == 1 and claimed.place not in regions:
            return sentence, next(iter(regions))
    return None


def _regions(text: str, kind: Kind) -> set[str]:
    """The continents (or oceans) ``text`` says something is in."""
    if kind == "ocean":
        return {_OCEANS[(m.group("ocean") or m.group("bare")).lower()] for m in _OCEAN_SAID.finditer(text)}
    found: set[str] = set()
    for said in _SAID.finditer(text):
        for place in (said.group("place"), said.group("within") or ""):
            key = " ".join(place.lower().split())
            continent = _CONTINENTS.get(key) or _CONTINENT_OF.get(key)
            if continent:
                found.add(continent)
    return found


def _names(claimed: Region, sentence: str) -> bool:
    """Does ``sentence`` name the claimed region, a place on it, or its adjective ("African")?"""
    lowered = " ".join(sentence.lower().split())
    if claimed.kind == "ocean":
        return re.search(rf"\b{claimed.place.lower()}\b", lowered) is not None
    wanted = [claimed.place.lower(), _ADJECTIVES[claimed.place]]
    wanted += [name for name, continent in _CONTINENT_OF.items() if continent == claimed.place]
    wanted += [name for name, continent in _CONTINENTS.items() if continent == claimed.place]
    return any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in wanted)
