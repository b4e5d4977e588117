"""A measure asked of a thing must be said of that thing: "What is the surface temperature of the Sun?" is not
answered by "Venus ... with a surface temperature of about 465 degrees", nor "How old is the Earth?" by "about
4.5 billion years ago a body ... struck the young Earth" (the age of the Moon's making, said before the Earth is
named).

The thing is read from the question's own frame: "the <measure> of/on <thing>" or "how old/tall/far/... is
<thing>". A sentence that holds the figure asked for answers only when it names every word of the thing before
its last figure, or speaks of it by a pronoun ("Its average distance from Earth ...") in a document that opens
by naming it or just after a sentence that names it ("The Great Pyramid ... was built for Khufu. It was originally
about 146 metres tall"). Questions in other shapes are not checked here.

Every regex here is linear: bounded classes and word alternations, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.researcher.wording import base_form
from servers.tools.summarizer.sentences import STOPWORDS, stem, words

MAX_TEXT = 2_000
_MEASURE_OF = re.compile(
    r"^\s*(?:what|how\s+\w+)(?:\s+(?:is|are|was|were)|'s|’s)\s+the\s+(?P<measure>(?:[a-z-]{2,20}\s+){1,3}?)(?:of|on)\s+"
    r"(?P<thing>[^?]{2,80}?)\s*\??\s*$",
    re.I,
)
_HOW_MEASURED = re.compile(
    r"^\s*how\s+(?:old|tall|high|far|far away|hot|cold|big|large|heavy|deep|long|wide|fast)\s+"
    r"(?:is|are|was|were)\s+(?P<thing>[^?]{2,80}?)\s*\??\s*$",
    re.I,
)
# What follows the thing and is not part of it: "the Moon from Earth", "the Sun at its core".
_TRAILING = re.compile(r"\s+(?:from|to|at|in|on|for|when|during|compared)\s+.*$", re.I)
# Words a person adds that are no part of the thing: "a marathon exactly", "Australia please".
_FILLER = re.compile(
    r"\b(?:please|exactly|precisely|roughly|approximately|actually|really|again|now|today|currently|then|originally|initially|"
    r"anyway|though|thanks|thank you|normal|typical|usual)\b",
    re.I,
)
_FIGURE = re.compile(r"\d")
_PRONOUN = re.compile(r"\b(?:it|its|it's|they|their)\b", re.I)


def thing_measured(question: str) -> tuple[list[str], list[str]]:
    """The stems of the thing a measure is asked of ("sun" for "What is the surface temperature of the Sun?")
    and of the measure's own words when the question names them ("surface", "temperature"); ([], []) when the
    question is not in that frame."""
    found = _MEASURE_OF.match(question[:MAX_TEXT]) or _HOW_MEASURED.match(question[:MAX_TEXT])
    if found is None:
        return [], []
    thing = _FILLER.sub("", _TRAILING.sub("", found.group("thing")))
    measure = found.group("measure") or "" if "measure" in found.groupdict() else ""
    if set(_stems(thing)) <= _EVERYWHERE and _RANKED.search(measure):
        return [], []  # "the deepest lake on Earth" ranks among all lakes: no figure is asked of the Earth
    return _stems(thing), _stems(measure)


_EVERYWHERE = frozenset({"earth", "world", "planet", "globe"})
_RANKED = re.compile(r"\b(?:[a-z]{2,}est|most|least)\b", re.I)


def _stems(text: str) -> list[str]:
    """The stems of the content words of ``text``, an owner's "'s" dropped ("the Earth's" names the Earth)."""
    owned = (re.sub(r"['’]s$", "", w) for w in words(text))
    return [stem(base_form(w)) for w in owned if w not in STOPWORDS and w.isalpha()]


def unowned(question: str, held: list[str], document: str) -> str | None:
    """``"of <thing>"`` when no sentence of ``held`` (the passage's sentences that hold the figure asked for) says
    it of the question's thing, else None."""
    thing, measure = thing_measured(question)
    if measure:  # "the surface temperature of": only a sentence that names the temperature gives it
        held = [s for s in held if any(m in _stems(s) for m in measure)]
    if not thing or not held:
        return None
    opening = set(_stems(document.lstrip()[:200].split("\n", 1)[0]))  # its title line
    for sentence in held:
        figures = list(_FIGURE.finditer(sentence))
        before = sentence[: figures[-1].start()] if figures else sentence
        said = set(_stems(before))
        if all(t in said for t in thing):
            return None
        if _PRONOUN.search(before) and (
            all(t in opening for t in thing) or all(t in _stems(_sentence_before(document, sentence)) for t in thing)
        ):
            return None
    return f"the figure of {' '.join(thing)}"


_SENTENCE_END = re.compile(r"[.!?]\s")


def _sentence_before(document: str, sentence: str) -> str:
    """The sentence just before ``sentence`` in ``document`` (the one its pronoun speaks back to); "" when none."""
    at = document.find(sentence[:200])
    if at <= 0:
        return ""
    before = document[max(0, at - 400) : at].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    return before[ends[-1] :] if ends else before
