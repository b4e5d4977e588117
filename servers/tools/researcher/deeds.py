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
from servers.tools.researcher.patients import another_thing, done_to_thing, name_head
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
    operate operates do does move moves moved travel travels travelled traveled reach reaches reached pay paid
    pays paying""".split()
)
SOFT_STEMS = frozenset(stem(base_form(w + end)) for w in _SOFT for end in ("", "s", "es", "d", "ed"))
_FOUNDING_ASKED = re.compile(r"\b(?:founded|founding|established|establishment)\b", re.I)
# Where a sentence turns to another thing: "...; Microsoft bought it in 2018", "..., but ..."
_CLAUSES = re.compile(r"\s*;\s+|,?\s+but\s+")


_FOUND = re.compile(r"\bfound\b", re.I)
# Deeds of making whose date must be told of that making ("When was the Titanic built?" is not answered by the day
# it left Southampton); a start or a beginning may be told in other words ("lasted from 1914").
# How a making may be told as done: "the tower was finished in March 1889", "Linux ... released in 1991".
_DONE = frozenset(
    stem(base_form(w)) for w in "finished completed released opened constructed erected published".split()
)
# Deeds of making that no other is taken for: a tower's design is not told by when it was built.
_OWN_WORD = frozenset(
    stem(base_form(w)) for w in "design designed paint painted compose composed discover discovered".split()
)
_MADE = MAKING - {stem(base_form(w)) for w in "start started begin began begun set come came".split()}


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
    made = founding or any(k in _MADE for k in keys)
    things = [k for k in keys if k not in SOFT_STEMS]
    thing = name_head(question, things)

    def is_deed(token: str) -> bool:
        said = stem_of(token.lower())
        return said in MAKING or said in _DONE or any(covers(k, {said}) for k in keys if k in SOFT_STEMS)

    def said(clause: str) -> bool:
        # "When was the Eiffel Tower designed?" is not answered by "Work started in January 1887"
        own = [k for k in keys if k in _OWN_WORD]
        words = stems_of(clause)
        told = all(covers(k, words) or any(ROLES.get(w) == k for w in words) for k in own)
        return (not made or says_deed(keys, clause, founding=founding)) and told

    def of_thing(clause: str) -> bool:
        # "Python 3.13, released in 2024" dates another thing than Python; "founded by Mozilla" is Mozilla's deed
        if thing and another_thing(question, clause, thing):
            return False
        return not made or not thing or done_to_thing(clause, thing, is_deed)

    clauses = _CLAUSES.split(sentence[:2_000])
    if len(clauses) == 1:
        return dated(sentence) and said(sentence) and of_thing(sentence)
    titled = all(covers(k, title) for k in things)
    return any(
        dated(clause)
        and said(clause)
        and of_thing(clause)
        and (not things or (at == 0 and titled) or any(covers(k, stems_of(clause)) for k in things))
        for at, clause in enumerate(clauses)
    )
