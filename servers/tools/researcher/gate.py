"""What a question asks for, whether a sentence holds it, and the final check every researcher answer passes.

A passage that shares a question's words can still miss it: "How tall was the Great Pyramid?" answered with
"built around 2560 BC", "Who built the Great Wall?" with "Astronauts cannot see it from orbit". The question word
says what kind of thing the answer must hold, and the gate checks the passage for it:

- **when** (what year, which years, in what century) — a year or a month;
- **how many / how much / how big** — a number that is not a date: not a year ("in 1912", "2560 BC"), a day of
  a month, or a time of day;
- **a measure** ("how tall", "how far", "how fast", "how heavy", "how old", "at what temperature", "what is the
  speed of ...") — a number with a unit of that measure: a length for tall, high, deep, far; a speed for fast;
  a weight for heavy; an age for old; degrees for a temperature. A year is never a height;
- **how long** — a duration, a span ("for months"), a length, or a run of years ("from 1914 to 1918");
- **who** — a name: a capitalized word that is not the question's or the title's, not a month or a weekday, and
  not an ordinary word capitalized because it starts the sentence (it appears in lower case in the document);
- **where** — a place: a capitalized name after in, at, on, near, from, off or across (not a date);
- **why** — a cause ("because", "due to", "caused by", ...);
- **difference** ("the difference between X and Y", "compare") — a contrast ("whereas", "unlike", "but", "than").

The final check (``unanswered``) runs on the passage about to be returned: it must hold what the question asks
for, and when the question names a superlative ("the tallest mountain"), a passage with that superlative must
say it of the same thing ("the highest mountain"), not of a narrower one ("the highest free-standing mountain";
see ``ranking``). A place or a figure counts only in a clause about the question's thing, not in one that turns to
another ("...: Mauna Kea in Hawaii rises 10,000 metres"), and a count must not count other things ("one or two
letters" for "how many elements"). A failing passage is not returned: the caller declines with "nothing
matched" and what the notes do not say.

Every regex here is linear: word alternations, bounded classes and no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.researcher.abbreviations import EXPANSION, expanded
from servers.tools.researcher.causes import asks_cause_of_thing, clauses_of, quality_asked
from servers.tools.researcher.former import unsaid_before
from servers.tools.researcher.owners import unowned
from servers.tools.researcher.ranking import same_word, unranked
from servers.tools.researcher.wording import IRREGULAR, base_form
from servers.tools.summarizer.sentences import STOPWORDS, stem, words

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
DATE = re.compile(
    rf"\b(?:1\d{{3}}|20\d{{2}})\b|\b(?:{_MONTHS})\b|\b\d{{1,2}}(?:st|nd|rd|th) century\b"
    r"|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b|\bAD\s*\d{1,4}\b"  # "around 2560 BC", "AD 79"
)
_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]+")
# Two or more capitalized words in a row, name particles allowed between them ("Vincent van Gogh").
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:van|von|da|de|del|der|di|la|le)\s+)?[A-Z][\w'’-]+)+")
_BY = re.compile(r"\bby\s+$")
NOT_NAMES = STOPWORDS | frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty hundred first second third last "
    f"{' '.join(_MONTHS.lower().split('|'))} {_WEEKDAYS}".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen".split()
)
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|hundreds|thousands|millions|billions)"
)
_SCALE = r"(?:[\s-](?:hundred|thousand|million|billion|trillion))?"
# A number that is a date or a time, not a count: a year after a preposition, a year with an era, a decade, a
# day beside a month (with its year: "16 July 1969" is one date), a clock time. Removed from a sentence before its
# numbers are read.
_NOT_A_COUNT = re.compile(
    rf"\b(?:in|since|by|from|until|till|to|before|after|during|of|around|about|circa|c\.|year|the)\s+(?:1\d{{3}}|20\d{{2}})\b"
    rf"|\b\d{{1,4}}\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\w)|\b\d{{3,4}}s\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?\b|\b(?:{_MONTHS})\s+\d{{1,4}}\b"
    rf"|\b\d{{1,2}}[:.]\d{{2}}\s*(?:a\.m\.|p\.m\.|am|pm)?|\b(?:1\d{{3}}|20\d{{2}})\b(?!\s*[a-z])",
    re.I,
)
_LENGTH = (
    r"(?:km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|ft|feet|foot|"
    r"inch(?:es)?|miles?|yards?|light[- ]years?|astronomical units?|AU|storeys|stories|floors)"
)
_AMOUNT = r"(?:bits?|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|characters?|digits?|letters?|pages?)"
_TIME = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|millennia|lifetimes?)"
_MEASURE_UNIT = {
    "length": _LENGTH,
    "speed": rf"(?:{_LENGTH}\s*(?:per|an|a|/)\s*(?:second|sec|s|hour|hr|h|minute|min)|mph|km/h|kph|knots?|mach)",
    "weight": r"(?:kg|kilograms?|g|grams?|tonnes?|tons?|pounds?|lbs?|ounces?|oz)",
    "age": rf"(?:{_TIME}(?:\s+old)?|years?-old)",
    "temperature": r"(?:°\s*[CFK]?|degrees?|celsius|fahrenheit|kelvin)",
    "duration": rf"(?:{_TIME}|{_LENGTH}|{_AMOUNT})",
    "people": r"(?:people|inhabitants|residents|citizens|persons|million|billion)",
    "size": rf"(?:{_LENGTH}|{_AMOUNT}|square \w+|km²|m²|hectares?|acres?|litres?|liters?|gallons?|tonnes?|tons?|kg|"
    r"kilograms?|times (?:as|larger|bigger|wider|heavier|more|the)|Earths)",
}
_MEASURED = {
    kind: re.compile(rf"(?<![\w.]){_NUMBER}{_SCALE}[\s-]*(?:\w+[\s-]+)?{unit}(?![\w/])", re.I)
    for kind, unit in _MEASURE_UNIT.items()
}
_POSITIONED = re.compile(
    rf"(?<![\w.]){_NUMBER}{_SCALE}[\s-]*[a-z]+\s+"
    r"(?:up|away|above|overhead|below|high|down|off|wide|across|thick|tall|deep)\b",
    re.I,
)
# Where something is, not how big it is: "rises about 22 kilometres above the plains", "400 kilometres up".
_PLACED_AT = re.compile(
    rf"(?<![\w.]){_NUMBER}{_SCALE}[\s-]*[a-z]+\s+(?:up|away|above|overhead|below|down|off)\b",
    re.I,
)
_AGED = re.compile(rf"\b(?:age of|aged)\s+{_NUMBER}\b", re.I)
_YEAR_RUN = re.compile(
    r"\b(?:from|between)\s+(?:1\d{3}|20\d{2})\s+(?:to|and|until|till)\s+(?:1\d{3}|20\d{2})\b"
    r"|\b(?:1\d{3}|20\d{2})\s*[-–—]\s*(?:1\d{3}|20\d{2}|\d{2})\b",
    re.I,
)
_SPAN = re.compile(
    r"\b(?:for|over|within|several|many|few|some|up to|about|around)\s+(?:a\s+)?"
    r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|lifetime)\b",
    re.I,
)
_PLACE = re.compile(r"\b(?:in|at|on|near|from|off|across|between|within|along)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
# "the highest mountain on Earth" ranks it, it does not say where it is: a place answers "where" only when it is
# narrower than the whole world.
_NOWHERE_IN_PARTICULAR = frozenset({"earth", "world", "planet", "globe", "universe"})
_CAUSE = re.compile(
    r"\b(?:because|due to|caus(?:e|es|ed|ing)|reasons?|so that|as a result|results? (?:of|from)|resulting|led to"
    r"|leads? to|set off|triggered|sparked|thanks to|owing to|which is why|that is why|makes?|made"
    # "so" says why unless it says how much: "so strong that nothing escapes", "so far", "so-called"
    r"|so(?!\s+(?:[\w'-]+\s+(?:that|as)\b|far\b|called\b|on\b|much\b|many\b)|-))\b"
    # "since" gives a reason only when no time follows it: "on display since 1802" says since when, not why
    r"|\bsince\b(?!\s+(?:\d|then\b|(?:the\s+)?(?:early|late|mid|end|start|beginning)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))",
    re.I,
)
# A process told with what brings it about ("A rainbow forms when sunlight enters raindrops"): why it happens.
_PROCESS = re.compile(r"\b(?:forms?|happens?|occurs?|appears?)\s+when\b", re.I)
_PROCESS_ASKED = re.compile(r"\b(?:form|forms|happen|happens|occur|occurs|appear|appears)\s*[?.!]*\s*$", re.I)
# "Why is Python called Python?" asks where a name comes from; only a sentence that says so answers it, not any cause.
_NAME_ASKED = re.compile(r"\bwhy\s+(?:is|are|was|were)\s[^?!.]{1,80}?\b(?:called|named)\b", re.I)
_NAME_ORIGIN = re.compile(r"\bnamed (?:after|for)\b|\b(?:name (?:comes?|came|derived?s?)|its name) from\b", re.I)
# A cause denied is no cause given: "Cracking your knuckles does not cause arthritis" does not say what does.
_DENIED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:[a-z]+\s+)?$", re.I)
_CONTRAST = re.compile(
    r"\b(?:whereas|while|unlike|but|instead|in contrast|by contrast|on the other hand|rather than|however|than|"
    r"differs? (?:from|in)|compared (?:with|to))\b",
    re.I,
)
_HEDGES = frozenset("roughly approximately approx about around nearly almost exactly precisely just so and but".split())
_LEADING_PREPOSITION = frozenset("in during by since until from at on to for".split())
# The measure a "how X" question asks for; "how long" and "how many" are read apart.
_HOW = {
    "tall": "length", "high": "length", "deep": "length", "far": "length", "wide": "length", "long": "duration",
    "fast": "speed", "quick": "speed", "heavy": "weight", "old": "age", "hot": "temperature",
    "cold": "temperature", "warm": "temperature", "many": "count", "much": "count", "big": "size",
    "large": "size",
}  # fmt: skip
_MEASURE_NOUN = re.compile(
    r"\b(?:what|which)(?:'s|\s+is|\s+was|\s+are)?\s+(?:the|its|their)\s+(?P<noun>speed|height|depth|length|distance|"
    r"weight|mass|age|temperature|population|diameter|width|boiling point|freezing point|melting point)\b"
    r"|\bat what (?P<at>temperature|speed|height|depth|distance|age)\b",
    re.I,
)
_NOUN_MEASURE = {
    "speed": "speed", "height": "length", "depth": "length", "length": "length", "distance": "length",
    "diameter": "length", "width": "length", "weight": "weight", "mass": "weight", "age": "age",
    "temperature": "temperature", "boiling point": "temperature", "freezing point": "temperature",
    "melting point": "temperature", "population": "people",
}  # fmt: skip
# A length answers "how tall" only when it is a height: the sentence names the dimension ("146 metres tall",
# "8,849 metres above sea level"), so a distance in the same note ("600 kilometres south of") is not taken.
_HEIGHT = (
    r"\b(?:tall|taller|tallest|high|higher|highest|height|heights|elevation|above|rises?|rising|stands?|storeys)\b"
)
_DIMENSION_SAID = {
    "tall": _HEIGHT, "high": _HEIGHT, "height": _HEIGHT,
    "deep": r"\b(?:deep|deeper|deepest|depth|depths|below|down|beneath|under)\b",
    "depth": r"\b(?:deep|deeper|deepest|depth|depths|below|down|beneath|under)\b",
    "far": r"\b(?:away|distance|distant|from|far|orbits?|between|apart|off)\b",
    "distance": r"\b(?:away|distance|distant|from|far|orbits?|between|apart|off)\b",
    "wide": r"\b(?:wide|wider|widest|width|across|diameter|broad)\b",
    # an age, not how long something takes: "about 4.6 billion years ago", "25 million years old"
    "old": r"\b(?:old|older|oldest|ago|age|aged|since|lived|lives|live)\b",
    "width": r"\b(?:wide|wider|widest|width|across|diameter|broad)\b",
}  # fmt: skip
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_SPELLED = re.compile(r"\bshort for\b|\bstands? for\b|\babbreviat|\bacronym\b|\bfor short\b|\binitials\b", re.I)
# "What made the Titanic sink?" asks why; "What makes an operation idempotent?" asks what it is to be so.
_MADE_HAPPEN = re.compile(r"\W*what (?:made|makes) [\w' ]{1,60}? (?:sink|fall|collapse|crash|fail|die|burn)\b", re.I)
_DIFFERENCE = re.compile(r"\b(?:difference|differences|differ|compare|compared|versus|vs)\b", re.I)


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks for: ``kind`` as the question says it ("who", "when", "how tall", "how many") and
    the ``measure`` a number must carry ("length", "speed", "count" for any number that is not a date...)."""

    kind: str
    measure: str | None = None
    dimension: str = ""  # the question's own word for a length ("tall", "deep", "distance")
    quality: str = ""  # what a why question asks the cause of ("salty" in "Why is the sea salty?"; see causes)


# "In which country is Everest?", "What city is the Colosseum in?": a place asked by its kind, so "where".
_PLACE_KIND = (
    r"(?:country|countries|city|town|continent|state|ocean|sea|region|province|county|island|part of the world)"
)
WHICH_PLACE = re.compile(
    rf"^\W*(?:in|on|at)\s+(?:which|what)\s+{_PLACE_KIND}\b"
    rf"|^\W*(?:which|what)\s+{_PLACE_KIND}\s+(?:is|are|was|were|does|do|did)\s[^?!.]{{1,80}}\s(?:in|on)\s*[?!.]*$",
    re.I,
)
PLACE_ASKED_BY_KIND = re.compile(rf"^\W*(?:(?:in|on|at)\s+)?(?:which|what)\s+{_PLACE_KIND}\b", re.I)
_CLAUSE_BREAK = re.compile(r"[:.;!?]\s+|,\s+|\s[-–—]\s")
_WH_START = re.compile(
    r"\W*(?:(?:in|during|by|on|at|from|for|of|to)\s+)?(?:who|whom|whose|what|which|when|where|why|how)\b", re.I
)


def read_asked(question: str) -> Asked | None:
    """What ``question`` asks for, or None when it asks for no particular kind of thing ("what is DNS?"). A
    question after a lead-in ("I'm in London: how far is Paris?") asks what its last clause asks."""
    asked = _read_asked(question)
    if asked is None:
        last = [p for p in _CLAUSE_BREAK.split(question[:2_000].strip()) if p.strip()][-1:]
        if last and last[0] != question.strip() and _WH_START.match(last[0]):
            asked = _read_asked(last[0])
    return asked


def _read_asked(question: str) -> Asked | None:
    said = words(question[:2_000])
    while said and (
        said[0] in _HEDGES
        or said[0] in _LEADING_PREPOSITION
        and len(said) > 1
        and said[1] in ("which", "what", "whom", "when")
    ):
        said = said[1:]  # "Roughly how tall ...?" asks "how tall"; "During which years ...?" asks "which years"
    lead = " ".join(said[:3])
    if (short := EXPANSION.search(question[:2_000])) is not None:
        return Asked("what it stands for", None, expanded(short))
    if re.match(r"(?:who|whom|whose)\b", lead):
        return Asked("who")
    if re.match(r"(?:what|which) years\b", lead):
        return Asked("which years", "years")
    if re.match(r"(?:when|(?:what|which) (?:year|date|century|decade))\b", lead):
        return Asked("when")
    if (how := re.match(r"how (\w+)", lead)) is not None and how.group(1) in _HOW:
        measure = _HOW[how.group(1)]
        if how.group(1) == "many" and len(said) > 3:
            return Asked("how many", measure, said[3] if said[2] == "many" else said[2])
        return Asked("how long" if how.group(1) == "long" else f"how {how.group(1)}", measure, how.group(1))
    if re.match(r"where\b", lead) or WHICH_PLACE.search(question[:400]):
        return Asked("where")
    why = re.match(r"why\b|how come\b|what (?:started|caused|causes|triggered|set off|sparked|led to)\b", lead)
    if why or _MADE_HAPPEN.match(question[:200]):
        # "Why do rainbows form?": a process, answered by what brings it about as well as by a cause
        named = "name" if _NAME_ASKED.search(question[:400]) else ""
        process = _PROCESS_ASKED.search(question[:400]) and lead[:3] == "why" or asks_cause_of_thing(question)
        return Asked("why", None, "process" if process else named, quality_asked(question))
    if (noun := _MEASURE_NOUN.search(question[:2_000])) is not None:
        name = (noun.group("noun") or noun.group("at")).lower()
        return Asked(f"the {name}", _NOUN_MEASURE[name], name)
    if _DIFFERENCE.search(question[:2_000]):
        return Asked("the difference")
    return None


# "Where did the Titanic sink?", "Where was Napoleon born?": the verb at the end of a question after its subject.
_DEED = re.compile(
    r"^\W*(?:where|when|who)\s+(?:(?P<do>did|does|do)|was|were|is|are|has|have|had)\s+[^?!.]{1,80}?\s(?P<verb>[a-z]{3,})"
    r"\s*[?!.]*$",
    re.I,
)


def deed_of(question: str) -> str:
    """The question's own verb ("sink", "born", "die"), or "" when it ends with its subject ("Where is Everest?")."""
    found = _DEED.match(question[:400].strip())
    if found is None:
        return ""
    verb = found.group("verb").lower()
    if found.group("do") or verb.endswith(("ed", "en")) or verb in IRREGULAR or verb == "born":
        return verb
    return ""


def holds(asked: Asked | None, sentence: str, known: set[str], document: str = "") -> bool:
    """Does ``sentence`` hold what the question asks for? ``known`` holds the stems of the question's and the
    title's words (a name the question gives does not answer it); ``document`` is the sentence's whole
    document, whose lower-case words tell an ordinary word from a name."""
    if asked is None:
        return True
    kind, measure = asked.kind, asked.measure
    if kind == "what it stands for":  # "DNA, short for deoxyribonucleic acid", "Server-Sent Events (SSE)"
        short = re.escape(asked.dimension)
        if re.search(rf"\(\s*{short}\s*\)", sentence, re.I):
            return True
        if re.search(rf",\s*(?:or|also called|also known as|known as)\s+{short}\s*[,)]", sentence, re.I):
            return True  # "The Domain Name System, or DNS, translates ...": the name, then its letters
        return re.search(rf"\b{short}\b", sentence, re.I) is not None and _SPELLED.search(sentence) is not None
    if kind == "when":
        return (
            DATE.search(_of_intent(_RELATIVE.sub(lambda m: _aside(m.group(), known), sentence[:2_000]), known))
            is not None
        )
    if kind == "where" or measure is not None:
        sentence = _told_of(sentence, known)
    if measure == "years":  # "During which years ...?": a run of years, not one date
        return _YEAR_RUN.search(sentence) is not None or len(set(_YEAR.findall(sentence))) >= 2
    if kind == "where":  # the place may be a word of the title: "on the Moon" in a note on the Moon landing
        places = (m.group("place").lower() for m in _PLACE.finditer(sentence))
        return any(p not in NOT_NAMES and p not in _NOWHERE_IN_PARTICULAR for p in places)
    if kind == "why":
        if asked.dimension == "name":
            return _NAME_ORIGIN.search(sentence[:2_000]) is not None
        if asked.dimension == "process" and _PROCESS.search(sentence[:2_000]):
            return True  # "A rainbow forms when sunlight enters raindrops ...": what brings it about
        clauses = clauses_of(asked.quality, sentence) if asked.quality else [sentence]
        return any(
            not _DENIED_BEFORE.search(clause[max(0, m.start() - 24) : m.start()])
            for clause in clauses
            for m in _CAUSE.finditer(clause)
        )
    if kind == "the difference":
        return _CONTRAST.search(sentence) is not None
    if kind == "who":
        return bool(names_in(sentence, known, document))
    if measure == "duration":  # "how long": for months, 8 minutes, 6,650 km, from 1914 to 1918
        if _YEAR_RUN.search(sentence) or _SPAN.search(sentence):
            return True
        # "some 400 kilometres up", "10 metres wide": where something is or how wide, not how long
        return _MEASURED["duration"].search(_POSITIONED.sub(" ", _NOT_A_COUNT.sub(" ", sentence))) is not None
    counted = _NOT_A_COUNT.sub(" ", sentence)
    if measure == "age" and _AGED.search(sentence):
        return True
    if measure == "size":  # "How big is Mars?" is not answered by how far a volcano on it rises above the plains
        counted = _PLACED_AT.sub(" ", counted)
    if measure in _MEASURED:
        said = _DIMENSION_SAID.get(asked.dimension)
        named = said is None or re.search(said, sentence, re.I) is not None
        return named and _MEASURED[measure].search(counted) is not None
    if asked.kind == "how many" and (_narrowed(asked.dimension, counted) or _counts_other(asked.dimension, counted)):
        return False
    return re.search(r"\d", counted) is not None or any(w in _NUMBER_WORDS for w in words(counted))


# Where a sentence turns from one thing to another: "Everest is the highest mountain above sea level, but not
# the tallest: Mauna Kea in Hawaii rises 10,000 metres" says Hawaii and 10,000 metres of Mauna Kea.
_TURN = re.compile(r"\s*[:;]\s+|,?\s+but\s+")
_GOES_ON = re.compile(r"(?:it|its|he|his|she|her|they|their|which|where|both|each|this|these|those)\b", re.I)


# A clause about a person named in passing: "... in memory of his wife Mumtaz Mahal, who died in childbirth in 1631".
_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\b[^,;:.]{0,160}")


def _aside(clause: str, known: set[str]) -> str:
    """``clause`` when it speaks of the question's thing ("Fleming, who discovered penicillin in 1928"), else
    nothing: the date of a life told in passing is not the date the question asks for."""
    return clause if any(_known(stem(base_form(w)), known) for w in words(clause)) else " "


# A date of a goal, plan or promise rather than of the deed: "the goal set by President Kennedy in 1961 of landing a
# man on the Moon" says when the landing was aimed at, not when it happened; "Kennedy's 1961 goal", "In 1961,
# Kennedy pledged to land ...". A span that says the goal was met ("the goal was reached in 1969") keeps its date.
_INTENT_WORD = (
    r"(?:goals?|aims?|aimed|targets?|ambitions?|intentions?|intended|deadlines?|pledged?|pledges|promised?|promises"
    r"|vow(?:s|ed)?|plans?|planned|dreams?|hoped|challenged?|called for|set out to)"
)
_DATE_TEXT = DATE.pattern
_INTENT_DATE = re.compile(
    rf"\b{_INTENT_WORD}\b(?P<span>[^,;:]{{0,80}}?)(?P<date>{_DATE_TEXT})"
    rf"|(?P<before>{_DATE_TEXT})(?:\s+|,\s*(?:[A-Z][\w.'’-]*\s+){{1,4}})(?:{_INTENT_WORD})\b",
    re.I,
)
_MET = re.compile(r"\b(?:reached|achieved|met|fulfill?ed|realis|realiz|accomplished|completed|carried out)", re.I)
_INTENT_STEMS = frozenset(
    stem(w)
    for w in "goal aim target ambition intention intend deadline pledge promise vow plan dream hope challenge".split()
)


def _of_intent(sentence: str, known: set[str]) -> str:
    """``sentence`` without the dates of goals, plans and promises, unless the question asks about one ("When did
    Kennedy set the goal ...?"): the year a thing was aimed at is not the year it happened."""
    if known & _INTENT_STEMS:
        return sentence

    def _drop(found: re.Match[str]) -> str:
        if found.group("before") is not None:
            return found.group().replace(found.group("before"), " ", 1)
        if _MET.search(found.group("span")):
            return found.group()
        return found.group()[: found.start("date") - found.start()] + " "

    return _INTENT_DATE.sub(_drop, sentence)


def _told_of(sentence: str, known: set[str]) -> str:
    """The parts of ``sentence`` that speak of the question's thing: its clauses that name a ``known`` word when
    some do and others do not (a place or a figure in a clause about another thing is that thing's), else all."""
    clauses = [c for c in _TURN.split(sentence[:2_000]) if c.strip()]
    if len(clauses) < 2:
        return sentence
    about = [c for c in clauses if any(_known(stem(base_form(w)), known) for w in words(c))]
    if not about:
        return sentence
    # "...; it hangs in the Louvre" goes on about the same thing
    return " ".join(c for c in clauses if c in about or _GOES_ON.match(c))


_COUNTED = re.compile(
    rf"(?<![\w.]){_NUMBER}(?:\s+(?:or|to|and)\s+{_NUMBER})?[\s-]+(?P<noun>[a-z][a-z'-]*)",
    re.I,
)


def _counts_other(thing: str, sentence: str) -> bool:
    """Does every number in ``sentence`` count something other than ``thing``? "a symbol of one or two letters"
    counts letters, not elements; "118 confirmed elements", "more than 1,500 of the passengers" and "the most
    countries, 54" may count it."""
    if len(thing) < 3 or not thing.isalpha():
        return False
    found = list(_COUNTED.finditer(sentence[:2_000]))
    if not found or len(found) < len(re.findall(r"\d[\d,.]*", sentence[:2_000])):
        return False  # a number with no word after it counts whatever the sentence says
    nouns = [m.group("noun").lower() for m in found]
    return all(_plural_noun(n) and not same_word(stem(n), stem(thing)) for n in nouns)


def _plural_noun(word: str) -> bool:
    """A plural noun or a unit: "letters", "percent" ("Oceans cover about 71 percent" counts no oceans)."""
    if word in _UNIT_WORDS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in STOPWORDS


_UNIT_WORDS = frozenset("percent per cent times degree metre meter kilometre kilometer mile foot inch".split())


def _narrowed(thing: str, sentence: str) -> bool:
    """Does the sentence count only part of ``thing`` ("its four largest moons" for "how many moons"): every
    number before the thing has a superlative between them?"""
    if len(thing) < 3 or not thing.isalpha():
        return False
    noun = rf"{re.escape(thing.rstrip('s'))}s?\b"
    partial = re.search(rf"(?<![\w.]){_NUMBER}\s+[a-z]{{2,}}est\s+{noun}", sentence, re.I)
    whole = re.search(rf"(?<![\w.]){_NUMBER}{_SCALE}\s+(?:(?![a-z]+est\b)[a-z-]+\s+)?{noun}", sentence, re.I)
    return partial is not None and whole is None


def unanswered(question: str, asked: Asked | None, passage: str, known: set[str], document: str = "") -> str | None:
    """The final check on the passage about to be returned: what the question asks that it does not say
    ("how tall", "who", "the tallest mountain"), or None when it answers the question."""
    held = [sentence for sentence in _sentences(passage) if holds(asked, sentence, known, document)]
    if not held:
        return asked.kind if asked is not None else None
    # not Venus's for the Sun's; not the capital now for the one before it
    return unranked(question, passage) or unowned(question, held, document) or unsaid_before(question, passage)


def _sentences(passage: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", passage) if s.strip()] or [passage]


def names_in(sentence: str, known: set[str], document: str = "") -> set[str]:
    """The names of people or bodies in ``sentence``, the question's and title's words aside: two capitalized
    words in a row ("Clyde Tombaugh"), a capitalized word after "by", or one the document gives elsewhere as part
    of such a name ("Armstrong" in a note that says "Neil Armstrong"). A lone capitalized word ("Moon",
    "Astronauts" at the start of a sentence) is not taken for a name."""
    full = {part for run in _NAME_RUN.finditer(document[:100_000] or sentence) for part in _parts(run.group(), known)}
    found: set[str] = set()
    for run in _NAME_RUN.finditer(sentence):
        found |= _parts(run.group(), known)
    for match in _CAPITALIZED.finditer(sentence):
        token = match.group()
        if _is_name(token, known) and (
            token in full or _BY.search(sentence[max(0, match.start() - 4) : match.start()])
        ):
            found.add(token)
    return found


def _parts(run: str, known: set[str]) -> set[str]:
    """The words of a run of capitalized words that make it a name: two or more that are not the question's,
    the title's or ordinary capitalized words (months, "The")."""
    tokens = [t for t in run.split() if t[:1].isupper()]
    named = {t for t in tokens if _is_name(t, known)}
    return named if len(named) >= 2 or (len(named) == 1 and len(tokens) >= 2 and tokens[0] in named) else set()


def _is_name(token: str, known: set[str]) -> bool:
    word = token.lower().replace("’", "'")
    return word not in NOT_NAMES and not _known(stem(base_form(word)), known)


def _known(key: str, pool: set[str]) -> bool:
    if key in pool:
        return True
    # A long shared start only ("Egyptian", "Egypt"): "Linus" is not a form of "Linux".
    return any(min(len(key), len(w)) >= 6 and (w.startswith(key) or key.startswith(w)) for w in pool)
