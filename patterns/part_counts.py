"""Part counts: a sentence that only says how many parts follow is no part of its own.

Users open a compound request by counting what they are about to ask, in every voice: "Need two things, partner.",
"Two jobs when you've a minute, my lovely.", "Abeg do two things for me.", "Excuse me, two questions.", "I should
be grateful for two things.", "2 things for my homework lol." What such a sentence says beside its count (whom it
is said to, a courtesy, when or what for) asks nothing of any worker, so it is neither a step nor context for the
first step.

The reading is structural rather than a list of openings: a count of the words users give to parts of a request
("things", "jobs", "questions", "bits", "work"), no other figure, no question word, no verb that orders work and no
name of a text, and at least as many sentences after it as it counted. "Two things broke in the kitchen." states
what the things did; "Two bags of rice." counts goods, not parts; "Two questions about the flight. What time does
it leave?" counts more than follows: each stays as written.
"""

from __future__ import annotations

import re

from patterns.material import ACTION_VERBS, MATERIAL_NOUNS, TEXT_KINDS, WORD

_LIMIT = 120
"""An opening longer than this says more than a count."""

# The words users give to one part of a request, in several Englishes ("two tings", "two work", "a couple of qs").
_PART = (
    r"things?|tings?|jobs?|work|works|questions?|qs|q's|tasks?|favou?rs?|bits?|ones|items?|requests?|matters?"
    r"|errands?|chores?|asks|quer(?:y|ies)|problems?|parts?|steps?"
)
# How small or what kind the parts are, between the count and the word for them: "two quick things".
_SIZE = r"(?:(?:quick|small|little|wee|short|brief|tiny|simple|easy|more|other|different|separate|urgent)\s+)"
_COUNTED = re.compile(
    rf"\b(?P<count>(?:a\s+)?(?:couple|pair|few|handful)(?:\s+of|\s+o')?|two|three|four|five|six|[2-6])\s+"
    rf"{_SIZE}{{0,2}}(?P<noun>{_PART})\b(?!['-])(?:\s+of\s+(?:work|business|admin|stuff|paperwork)\b)?",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# Verbs whose object is the count itself ("do two things", "help me with two things", "I've got two questions").
_ASKING_FOR_THEM = frozenset("do get ask help".split())
_ORDERING = ACTION_VERBS - _ASKING_FOR_THEM
_QUESTION_WORDS = frozenset("what what's whats wats how who whom whose which why where".split())
# Words by which the parts are the subject of a statement ("Two things broke", "Two jobs are done").
_STATING = frozenset(
    """is are was were be been have has had will would should must remain remained came went broke happened
    changed failed need needs cost costs""".split()
)


# Words that may follow the count when it ends what is said of the parts ("Two thing please", "Two work for you").
_LINKING = frozenset(
    "please pls plz for if when while whilst before since to from about on abeg o sha today now then".split()
)


def _count(phrase: str) -> int:
    """How many parts a count names: "three" is 3, "2" is 2; "a couple of", "a few", "a pair" at least two."""
    words = phrase.lower().split()
    return next((int(w) if w.isdigit() else _COUNTS[w] for w in words if w.isdigit() or w in _COUNTS), 2)


def only_counts_the_parts(sentence: str, sentences_after: int) -> bool:
    """Whether ``sentence`` only counts the parts of the request that follow it ("Need two things, partner."), with
    ``sentences_after`` sentences after it: the count, and nothing a worker could act on."""
    text = sentence.strip()
    if len(text) > _LIMIT:
        return False
    found = _COUNTED.search(text)
    if found is None or _count(found.group("count")) > sentences_after:
        return False
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    if re.search(r"\d", rest) or (found.group("noun").lower() == "ones" and not _sized(found.group(0))):
        return False
    words = WORD.findall(rest.lower())
    after = WORD.findall(text[found.end() :].lower())
    if len(words) > 12 or after[:1] == ["of"] or _STATING & set(after[:1]):
        return False
    if not _ends_the_count(text[found.end() :], after):
        return False
    named = set(words)
    return not (named & (_ORDERING | _QUESTION_WORDS | TEXT_KINDS | MATERIAL_NOUNS))


def _ends_the_count(following: str, after: list[str]) -> bool:
    """Whether the count's noun ends what it says of the parts: a stop or a comma follows it, or a word that links
    on (a courtesy, what the parts are for or when they are asked: "two things for me", "two jobs when you've a
    minute"), or one short last word that says whom it is said to ("Two tings boss"). Any other word goes on about
    the things ("Two things matter", "two job offers", "two work trips")."""
    if not re.match(r"\s+[a-z]", following, re.IGNORECASE):
        return True
    if after[0] in _LINKING:
        return True
    word = after[0]
    verb_like = word.endswith(("ed", "ing", "en")) or (word.endswith("s") and not word.endswith("ss"))
    return len(after) == 1 and len(word) <= 5 and not verb_like and word not in _STATING


def _sized(phrase: str) -> bool:
    """Whether the count says how small its "ones" are ("three quick ones"), so "ones" stands for parts."""
    return re.search(_SIZE, phrase, re.IGNORECASE) is not None


__all__ = ["only_counts_the_parts"]
