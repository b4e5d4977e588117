"""How the researcher matches a question's words to a note's: each word reduced to its stem, and a stem found in a
set of them allowing for the forms a light stemmer leaves apart.
"""

from __future__ import annotations

from servers.tools.researcher.wording import base_form, short_verb
from servers.tools.summarizer.sentences import stem, words


def stem_of(word: str) -> str:
    """A word reduced to the form its other forms share ("made" and "makes": "make"; "takes" and "take")."""
    return stem(short_verb(base_form(word)))


def stems_of(text: str) -> set[str]:
    """The stems of every word of ``text``."""
    return {stem_of(w) for w in words(text)}


def covers(key: str, pool: set[str]) -> bool:
    """Is ``key`` (a stem) in ``pool``, allowing for forms the light stemmer leaves apart: a prefix ("math",
    "mathematics"; "program", "programmer"), a long shared start ("orchestration", "orchestrator"), or a plural in
    "-ies" of a word in "-ie" ("calories" stems to "calory", "calorie" to "calori")."""
    if key in pool:
        return True
    for word in pool:
        shorter = min(len(key), len(word))
        if shorter >= 4 and key[:-1] == word[:-1] and {key[-1], word[-1]} == {"i", "y"}:
            return True
        if shorter >= 4 and (word.startswith(key) or key.startswith(word)):
            return True
        # a long shared start, not just a common first syllable: "motorway" is not "motorbike"
        shared = max(shorter - 3, 7)
        if shorter >= 8 and key[:shared] == word[:shared]:
            return True
    return False
