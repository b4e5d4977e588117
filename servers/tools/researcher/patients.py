"""Whose deed a dated clause tells: the question's thing must be the one the deed was done to, named as asked.

"When was Mozilla founded?" is not answered by "In 2021 the Rust Foundation was founded by Mozilla": Mozilla is the
founder there, the Rust Foundation the thing founded. Nor is "When was Google founded?" answered by "Google
introduced it in April 2025": Google did the introducing. And a thing named inside a longer name is another thing:
"Python 3.13, released in 2024" dates a version, not Python ("3" is "3.0", another version than "3.13"); "The Python
Software Foundation, founded in 2001" dates a foundation; "Rosetta" alone is a town, not the Rosetta Stone. A
surname is no longer name of another thing: "Napoleon Bonaparte died" is Napoleon's death.

The fact checker reads a claim's subject the same way (``named_apart``): evidence on the Python Software Foundation
is not about Python. Every reading here looks at one clause's tokens in bounded windows; nothing backtracks."""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.researcher.matching import covers, stem_of

_MAX_TOKENS = 120
# Words that, written with a capital after a name, make it the name of another thing: the Python Software
# Foundation, the Rosetta Stone, the Eiffel Tower. A surname does not ("Napoleon Bonaparte" is Napoleon).
_NAMED_KINDS = frozenset(
    """foundation software society institute institution company corporation council committee project index
    museum gallery university college school association league union party prize award medal stone tower bridge
    building station library act treaty agency group conference fund trust bank hospital church cathedral palace
    castle wall gate square street park garden river lake island airport canal dam festival temple language
    kernel package protocol standard cup championship mission program programme code declaration revolution""".split()
)
_VERSION = re.compile(r"v?\d+(?:\.\d+){0,3}")
_PASSIVE = frozenset("is are was were be been being".split())
# What may stand after an active deed as the thing done: "Google introduced it", "Mozilla founded the Rust
# Foundation"; not "World War I began in 1914" (a time), which tells of no other thing.
_OBJECT_START = frozenset("it them this that these those the a an its their his her".split())


def _is_thing(token: str, thing: set[str]) -> bool:
    return bool(token) and any(covers(k, {stem_of(token.lower())}) for k in thing)


def name_head(question: str, thing: list[str]) -> set[str]:
    """The stem of the last word of the name a question asks about ("stone" in "When was the Rosetta Stone
    found?", "mozilla" in "When was Mozilla founded?"), as a set; empty when it names nothing with a capital (a
    common noun: "When was penicillin discovered?"). A clause names the thing where it says that word: "Rosetta"
    alone is the town, not the stone."""
    words = [t.strip(",;:()\"'.!?“”") for t in question[:400].split()[1:]]
    heads = [
        stem_of(w.lower()) for w in words if w[:1].isupper() and any(covers(k, {stem_of(w.lower())}) for k in thing)
    ]
    return set(heads[-1:])


def _qualifier(raw: list[str], at: int) -> str:
    """What is written right after the name at ``at`` and makes it another thing's name: a version ("3.13" in
    "Python 3.13", without trailing ".0"s), a capitalized word ("Software" in "Python Software Foundation") or an
    owner's "'s" ("Python's GIL"); "" when the name stands alone ("Python was created ...", "Python, ...")."""
    word = raw[at].strip("()\"'“”")
    if word.endswith(("'s", "’s")):
        return "'s"
    if word.endswith((",", ";", ":", ".", "!", "?")) or at + 1 >= len(raw) or raw[at + 1].startswith("("):
        return ""  # "Celsius (212 degrees ...)": an aside, not a longer name
    after = raw[at + 1].strip(",;:()\"'.!?“”")
    if _VERSION.fullmatch(after) and not (len(after) == 4 and after.isdigit()):  # "in Python 2024" is no version
        number = after.lstrip("v")
        while number.endswith(".0"):
            number = number[:-2]
        return number
    if after[:1].isupper() and after.lower() in _NAMED_KINDS:
        return stem_of(after.lower())
    return ""


def another_thing(question: str, clause: str, thing: set[str]) -> bool:
    """Does ``clause`` name the question's thing (``thing``, stems of its name words) only inside another thing's
    name: with a version the question does not give ("Python 3.13" for "When was Python created?"; "Python 3.13"
    for "When was Python 3 released?", "3" being "3.0"), as the start of a longer name ("the Python Software
    Foundation") or as an owner ("Python's GIL")? False when the clause names the thing as the question does."""
    asked = question[:2_000].split()[:_MAX_TOKENS]
    said = clause[:2_000].split()[:_MAX_TOKENS]
    wanted = {_qualifier(asked, i) for i, t in enumerate(asked) if _named(t, thing)}
    found = [_qualifier(said, i) for i, t in enumerate(said) if _named(t, thing)]
    return bool(found) and all(q and q not in wanted for q in found)


def _named(token: str, thing: set[str]) -> bool:
    word = token.strip(",;:()\"'.!?“”")
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    return word[:1].isupper() and _is_thing(word, thing)


# Words before a name that put it in a phrase of its own rather than in the deed's place: "a programmer at Mozilla",
# "founded by Mozilla", "a project of Graydon Hoare".
_IN_A_PHRASE = frozenset("by at of for with from to in on into about including like as".split())
# Words that open a clause of another deed between a name and a verb: "Google introduced it ..., where it is
# developed in the open".
_ANOTHER_CLAUSE = frozenset("where which who whom whose that when while whereas after before since until".split())


def _deeds(raw: list[str], is_deed: Callable[[str], bool]) -> list[int]:
    """Where ``clause`` says a deed as a verb: not inside a compound ("human-made"), not a name ("the Chrysler
    Building"), not a start of doing something else ("began sponsoring", "started to")."""
    found: list[int] = []
    for d, token in enumerate(raw):
        word = token.strip(",;:()\"'.!?“”")
        if not word or "-" in word or (d > 0 and word[:1].isupper()) or not is_deed(word):
            continue
        after = raw[d + 1].strip(",;:()\"'.!?“”").lower() if d + 1 < len(raw) else ""
        if after == "to" or (after.endswith("ing") and len(after) > 4 and after not in ("during", "according")):
            continue
        found.append(d)
    return found


def done_to_thing(clause: str, thing: set[str], is_deed: Callable[[str], bool]) -> bool:
    """Is a deed of ``clause`` (``is_deed`` tells its words) done to the question's thing (``thing``, stems of its
    name words)? Yes when the thing is the subject of the nearest deed after it, unless that deed is active with an
    object after it ("Python was created ...", "The Colosseum ... was begun by ...", "Linux is a ... kernel created
    by ..."), or its object right after it ("... developed and released Linux in 1991"); and when the clause says a
    deed without naming the thing ("It opened in May 1889", in a note about it). No when the clause says no deed of
    its own (only "human-made", "began sponsoring"), or names the thing only elsewhere: as the doer ("the Rust
    Foundation was founded by Mozilla together with ... AWS", "Google introduced it in April 2025") or in passing
    ("Rust began in 2006 as a project of ..., a programmer at Mozilla")."""
    raw = clause[:2_000].split()[:_MAX_TOKENS]
    tokens = [t.strip(",;:()\"'.!?“”") for t in raw]
    deeds = _deeds(raw, is_deed)
    named = [i for i, t in enumerate(tokens) if _is_thing(t, thing)]
    if not deeds or not named:
        return bool(deeds)
    for i in named:
        if i > 0 and tokens[i - 1].lower() in _IN_A_PHRASE:
            continue
        later = next((d for d in deeds if d > i), None)
        if later is not None and not _ANOTHER_CLAUSE & {t.lower() for t in tokens[i + 1 : later]}:
            after = tokens[later + 1].lower() if later + 1 < len(tokens) else ""
            active = bool(after) and (after in _OBJECT_START or tokens[later + 1][:1].isupper())
            passive = bool(_PASSIVE & {t.lower() for t in tokens[max(i + 1, later - 3) : later]})
            if passive or not active:
                return True  # the subject of a passive or intransitive deed
        if any(i in _object_of(raw, tokens, d) for d in deeds):
            return True  # the object of an active deed: "... released Linux", "painted the ceiling of the Chapel"
    return False


_OBJECT_ENDS = frozenset("by in on at for between during since from to until after before with".split())


def _object_of(raw: list[str], tokens: list[str], deed: int) -> set[int]:
    """The positions of the words right after an active deed that name what it was done to: up to a comma, a
    preposition other than "of", or eight words ("the ceiling of the Sistine Chapel, in Vatican City")."""
    found: set[int] = set()
    for j in range(deed + 1, min(len(tokens), deed + 9)):
        if tokens[j].lower() in _OBJECT_ENDS:
            break
        found.add(j)
        if raw[j].endswith((",", ";", ":", ".")):
            break
    return found


def named_apart(asked: str, said: str) -> bool:
    """Does ``said`` (a subject as a note writes it: "The Python Software Foundation", "Python 2.0") name a thing
    other than ``asked`` (a claim's subject: "Python") by a longer name that starts with it or by a version the
    claim does not give? False when both name the same thing ("Napoleon Bonaparte" for "Napoleon")."""
    words = [t.strip(",;:()\"'.!?“”") for t in asked[:400].split()]
    names = [stem_of(w.lower()) for w in words if w[:1].isupper()]
    head = set(names[-1:])
    return bool(head) and another_thing(asked, said, head)


# What a question asks of a named thing that a longer name's thing may be given in its place: its deeds and places,
# not its measures ("the boiling point of water ... in Celsius" names a unit, no thing).
_OF_A_NAMED_THING = frozenset({"who", "where", "when"})


def told_of_another(question: str, kind: str, thing: list[str], told: list[str]) -> str | None:
    """``kind`` (what the question asks: "who", "where", "when") when the sentences of an answer (``told``) name the
    question's thing (``thing``, the stems of its key words) only inside other things' names: "Who founded Rust?"
    answered by "the Rust Foundation was founded by ...", "Where is Rosetta?" by "The Rosetta Stone is kept in
    ...". None when a sentence names it as asked, or none names it at all ("It opened in May 1889", in a note
    about it), or the question asks something else."""
    head = name_head(question, thing) if kind in _OF_A_NAMED_THING else set[str]()
    if not head:
        return None
    naming = [s for s in told if any(_named(t, head) for t in s[:2_000].split()[:_MAX_TOKENS])]
    return kind if naming and all(another_thing(question, s, head) for s in naming) else None
