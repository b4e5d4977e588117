"""Whether a sentence names the one who did what a "who" question asks: "Who founded the UN?" is not answered by "The
UN was founded on 24 October 1945 ... in San Francisco" (a place), "... set up after the Second World War" (a time),
nor "Who founded Microsoft?" by "the Rust Foundation was founded by Mozilla together with ... Microsoft" (a co-doer of
another deed). The name must stand in the doer's place of the deed ("X was founded by N", "X began as a project of
N", "N founded X") with the question's thing on the other side, or be given a role ("N was the founder of X").

Every comparison here is over bounded token windows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.researcher.matching import covers, stem_of
from servers.tools.researcher.wording import MAKING, ROLES

PLACE_OR_TIME = frozenset(
    "in at near on from across into to within along after before during since until around off over".split()
)
_DETERMINERS = frozenset({"a", "an", "the"})
# What someone's deed is called when its doer follows "of": "a personal project of Graydon Hoare".
_WORKS = frozenset("project work idea brainchild creation invention design initiative".split())


# "Who were the pyramids built for?", "Who was it named after?": a preposition left at the end asks for whom the deed
# was done, not who did it.
_STRANDED = re.compile(r"\b(?:for|to|with|after|from|about|on|at)\s*[?.!]*\s*$", re.I)


def in_doers_place(keys: dict[str, str], deeds: set[str], sentence: str, names: set[str], question: str = "") -> bool:
    """Does ``sentence`` name one of ``names`` as the one who did the question's deed (``deeds``, the stems of its
    verbs among ``keys``) to its thing ("The UN was founded by ...", not "... founded on 24 October 1945 ... in San
    Francisco")? For a question of no deed of making ("founded", "built", "invented", "set up"), any name that is
    not a place's or a time's."""
    thing = {k for k in keys if k not in deeds}
    making = bool(deeds & MAKING)
    if not making or not thing or _STRANDED.search(question[:400]):
        # "Who was the first woman to go into space?" asks who, not who made something: any name but a place's
        return names_someone(sentence, names)

    def is_deed(token: str) -> bool:
        said = stem_of(token.lower())
        return any(covers(k, {said}) for k in deeds) or said in MAKING

    def is_role(token: str) -> bool:
        verb = ROLES.get(stem_of(token.lower()))
        return verb is not None and (verb in deeds or verb in MAKING)

    return names_a_doer(sentence, names, is_deed, thing, is_role)


def names_a_doer(
    sentence: str, names: set[str], is_deed: Callable[[str], bool], thing: set[str], roles: Callable[[str], bool]
) -> bool:
    """Does ``sentence`` put one of ``names`` in the doer's place of the question's deed (``is_deed`` tells the
    deed's words), with the question's thing (``thing``, stems) on the other side: "X was founded by N", "N
    founded X", or a role ("N was the founder of X")? A name after a place or time word ("in San Francisco", "after
    the Second World War") is no doer, nor one named beside another deed's thing ("the Rust Foundation was founded
    by Mozilla and Microsoft" for "Who founded Microsoft?")."""
    tokens = sentence[:2_000].split()
    if any(roles(t) for t in tokens):
        return True
    stripped = [t.strip(",;:()\"'.") for t in tokens]
    doers = _unplaced(stripped, names)
    for d, token in enumerate(stripped):
        if not is_deed(token) or (d > 0 and stripped[d - 1].lower() in ("not", "never")):
            continue  # "The pyramids were not built by slaves" names who did not
        # "X was founded ... by N", "X began as a personal project of N"; not "before the time of Cleopatra"
        agents = [
            i
            for i in range(d + 1, min(len(tokens), d + 9))
            if stripped[i].lower() == "by" or (stripped[i].lower() == "of" and stripped[i - 1].lower() in _WORKS)
        ]
        before_deed = {stem_of(t.lower()) for t in stripped[:d]}
        named = any(
            i in doers or (i <= by + 4 and _titled(stripped[i], thing))  # "begun by the Roman emperor Vespasian"
            for by in agents
            for i in range(by + 1, min(len(tokens), by + 11))
        )
        if named and any(covers(k, before_deed) for k in thing):
            return True
        clause = max((i + 1 for i in range(d) if tokens[i].endswith((";", ":"))), default=0)
        after_deed = {stem_of(t.lower()) for t in stripped[d + 1 : d + 9]}
        if any(clause <= i < d for i in doers) and any(covers(k, after_deed) for k in thing):
            return True  # "N founded X"
    return False


def _titled(token: str, thing: set[str]) -> bool:
    """A capitalized word that is not the question's thing: a doer's name or title after "by"."""
    return token[:1].isupper() and len(token) > 1 and not any(covers(k, {stem_of(token.lower())}) for k in thing)


def names_someone(sentence: str, names: set[str]) -> bool:
    """Does ``sentence`` hold one of ``names`` that is not a place or a time ("in San Francisco", "after the
    Second World War"): an answer to "who"?"""
    return bool(_unplaced([t.strip(",;:()\"'.") for t in sentence[:2_000].split()], names))


def _unplaced(tokens: list[str], names: set[str]) -> set[int]:
    """The positions of name words that are not a place or a time: not in a run of capitalized words after "in",
    "at", "after the", ... ("in San Francisco", "after the Second World War")."""
    found: set[int] = set()
    placed = False
    for i, token in enumerate(tokens):
        capital = token[:1].isupper()
        if capital and (i == 0 or not tokens[i - 1][:1].isupper()):
            before = [t.lower() for t in tokens[max(0, i - 2) : i]]
            placed = bool(before) and (
                before[-1] in PLACE_OR_TIME or (before[-1] in _DETERMINERS and before[0] in PLACE_OR_TIME)
            )
        if token in names and not placed:
            found.add(i)
    return found
