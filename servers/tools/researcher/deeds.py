"""The question's deed in a passage: whether a passage says what a question asks was done ("built", "founded",
"discovered") and, for a "when" question, whether a date is told of that deed of the question's thing.

"When was Microsoft founded?" is not answered by "GitHub, ... founded in 2008, is a separate company; Microsoft
bought it in 2018": the founding and its year are GitHub's, and Microsoft's clause tells of another deed. Nor is
"When was the British Museum founded?" answered by a stone "on display since 1802" that soldiers "found".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.researcher.matching import covers, stem_of, stems_of
from servers.tools.researcher.wording import MAKING, ROLES, base_form
from servers.tools.summarizer.sentences import stem

# Verbs a question shares with passages on anything ("made", "started", "found"): they are the deed asked about,
# not the subject, so a passage must say one of them (or its role) rather than match on it.
_SOFT = frozenset(
    """create created creates creator creators invent invented inventor design designed designer found founded
    founder make made maker build built builder start started begin began develop developed developer write
    wrote writer author discover discovered open opened happen happened happens work works working come came
    go went get got take took cause caused causes become became use used uses need needs mean means help
    helps matter matters differ difference compare versus vs between behind contain contains contained include
    includes included hold holds carry carries mention mentions behave behaves act acts function functions
    operate operates do does move moves moved travel travels travelled traveled reach reaches reached""".split()
)
SOFT_STEMS = frozenset(stem(base_form(w + end)) for w in _SOFT for end in ("", "s", "es", "d", "ed"))
_FOUNDING_ASKED = re.compile(r"\b(?:founded|founding|established|establishment)\b", re.I)
# Where a sentence turns to another thing: "...; Microsoft bought it in 2018", "..., but ..."
_CLAUSES = re.compile(r"\s*;\s+|,?\s+but\s+")


_FOUND = re.compile(r"\bfound\b", re.I)


def says_deed(keys: dict[str, str], text: str, verb: str = "", *, founding: bool = False) -> bool:
    """Does the passage say the question's verb ("built", "discovered"; ``verb``, the question's own verb when
    it is not a soft one: "sink" in "Where did the Titanic sink?"), by itself, by its role ("author" and
    "wrote") or, for a verb of making, by another ("came up with" and "developed")? Yes when it has no verb."""
    deeds = [k for k in keys if k in SOFT_STEMS]
    if verb and stem_of(verb) in keys and stem_of(verb) not in deeds:
        deeds.append(stem_of(verb))
    if founding:  # "found" alone is "find" in the past ("soldiers found it in 1799"), no founding
        text = _FOUND.sub(" ", text)
    said = stems_of(text)
    making = bool(said & MAKING)
    return not deeds or any(covers(k, said) or ROLES.get(k) in said or k in MAKING and making for k in deeds)


def founding_asked(question: str) -> bool:
    """Does ``question`` ask of a founding ("When was Microsoft founded?"), not of a find ("When was it found?")?"""
    return _FOUNDING_ASKED.search(question[:400]) is not None


def dated_deed(
    question: str, keys: dict[str, str], sentence: str, title: set[str], dated: Callable[[str], bool]
) -> bool:
    """Does ``sentence`` tell a date (``dated``) of the question's deed, of the question's thing? A founding must
    be said ("founded", "established": a note on a museum may date only what it shows); other deeds may be told
    in other words ("lasted from 1914" for a start, "the first ascent" for a climb). In a sentence of several
    clauses, one clause must hold the date and the thing: a key word that is no deed, or, in the first clause, the
    thing a note is named after (``title``, its stems: "The UN was founded ..." in the note on the United Nations).
    """
    founding = founding_asked(question)
    clauses = _CLAUSES.split(sentence[:2_000])
    if len(clauses) == 1:
        return dated(sentence) and (not founding or says_deed(keys, sentence, founding=True))
    things = [k for k in keys if k not in SOFT_STEMS]
    titled = all(covers(k, title) for k in things)
    return any(
        dated(clause)
        and (not founding or says_deed(keys, clause, founding=True))
        and (not things or (at == 0 and titled) or any(covers(k, stems_of(clause)) for k in things))
        for at, clause in enumerate(clauses)
    )
