"""Why something is so: a cause said of the quality the question asks about, not of something else in the sentence.

"Why is the sea salty?" asks the cause of "salty". A sentence can hold a cause and the word and still not say
why: "the Caspian Sea is a lake, because it is enclosed by land, and its water is salty" gives the cause of its
being a lake. So the cause must share a clause with the quality: "The sky is blue because ...", "Because rivers
carry minerals into it, the sea is salty", "..., and that is why the sea is salty". A sentence is cut into
clauses where it turns to another statement (", and", ", but", ", though", a semicolon, a colon, a dash).

Only "why is/are/was/were <subject> <quality>?" names a quality; other why questions ("Why do cats purr?",
"Why did the Titanic sink?") are read as before, by any cause in the sentence. Every regex here is linear.
"""

from __future__ import annotations

import re

from servers.tools.summarizer.sentences import STOPWORDS, words

_WHY_BE = re.compile(
    r"^\W*+why\s+(?:is|are|was|were)\s+(?P<subject>[^?!.]{1,80}?)\s+(?P<quality>[a-z]{3,20})\s*[?!.]*\s*$", re.I
)
# A question's last word that says when or how much, not what the thing is: "Why is Pluto not a planet anymore?"
_NOT_A_QUALITY = frozenset(
    "anymore nowadays now today still too yet again already ever always sometimes often there here".split()
)
# "What causes a rainbow?", "what causes thunder": the cause of a thing rather than of a deed, which a note may tell as
# the process that brings the thing about ("A rainbow forms when sunlight enters raindrops").
_CAUSE_OF_THING = re.compile(
    r"^\W*+what\s+(?:causes|caused)\s+(?:an?\s+|the\s+)?[a-z]{3,20}(?:\s+[a-z]{3,20})?\s*[?!.]*\s*$", re.I
)
_TURN = re.compile(r"\s*[;:]\s+|\s+[—–-]\s+|,\s+(?:and|but|though|although|while|whereas)\s+", re.I)


def quality_asked(question: str) -> str:
    """The quality a why question asks the cause of ("salty" in "Why is the sea salty?"), or ""."""
    found = _WHY_BE.match(question[:200].strip())
    if found is None:
        return ""
    quality = found.group("quality").lower()
    if quality in STOPWORDS or quality in _NOT_A_QUALITY or not words(found.group("subject")):
        return ""
    return quality


def asks_cause_of_thing(question: str) -> bool:
    """Does ``question`` ask what causes a thing ("What causes a rainbow?"), which a process also answers?"""
    return _CAUSE_OF_THING.match(question[:200].strip()) is not None


def _says(word: str, quality: str) -> bool:
    """``word`` names ``quality``: "salt" and "saltier" say "salty", "blue" says "blue", "reddish" says "red"."""
    if len(word) < 3:
        return False
    root = quality[: max(3, len(quality) - 1)]
    return word.startswith(root) or (len(word) >= 4 and quality.startswith(word))


def clauses_of(quality: str, sentence: str) -> list[str]:
    """The clauses of ``sentence`` that name ``quality``: where a cause must be for it to say why."""
    return [clause for clause in _TURN.split(sentence[:2_000]) if any(_says(w, quality) for w in words(clause))]
