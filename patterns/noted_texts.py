"""Noted texts: a text named by its kind, then the notes it is to be made of: "Bullet list of 3 points for the
governors: budget surplus of £18,400; new minibus ordered; roof repair delayed to spring", "Slack update, under 50
words: the dashboard refresh has moved to 7am UTC, and the churn metric now excludes trial users", "Sign for the
workshop door: closed Monday for the bank holiday, back Tuesday from 8am".

The notes read like a text handed over to shorten (a summarizer's), a claim to check (a fact checker's), or
figures to add up; but a name with no verb that reads ("summarise", "the gist") asks for the named text to be
made, and a few short notes are what it is made of, not a text to read: a text to shorten runs to sentences.

``text_from_notes`` says the request as the verb phrase that makes the text ("write a bullet list of 3 points for
the governors") when the request's opening, before a colon or a dash, is a name (light words
such as "give me", "put these into", sizes and counts aside) whose first words name a kind of text, names no work
on a given text or another worker's job, and what follows is notes: items of a few words parted by commas or
semicolons, or one short sentence, with no question among them. Bounded: at most ``SCAN`` characters are read.
"""

from __future__ import annotations

import re

from patterns.material import TEXT_KINDS, WORD, WORK_NOUNS

SCAN = 400
NAME_SCAN = 120
"""The name ends (at a colon or a dash) within this many characters."""
NOTE_WORDS = 12
"""A note is at most this many words; a longer stretch is a sentence of a text."""
SENTENCE_WORDS = 30
"""One sentence of facts for a named text is at most this many words."""
KIND_AT = 3
"""The kind is named within this many words of the name's first word that is no light word."""

_KINDS = TEXT_KINDS | frozenset(
    "bullet bullets points list update sign banner poster wording handover agenda checklist".split()
)
# Words that ask for the kind without saying who acts: the name is the request whichever of them opens it.
_LIGHT = frozenset(
    """please pls can could would will you i we have get give make put turn do me us these them it into as a an the
    some exactly just quick short brief little nice friendly polite formal simple few one two three four five six
    seven eight nine ten""".split()
)
# Words that name work on a given text, or another worker's job: the name does not ask for a text to be made.
_OTHER_WORK = WORK_NOUNS | frozenset(
    """summarise summarize summarising summarizing summarised summarized sum key main shorten shorter condense
    condensed recap check checked verify fact facts review proofread translate translation correct fix explain
    calculate calculation total work from""".split()
)
# Words by which the name is of the user's own text, one already written ("my update: ...").
_OWNED = frozenset("my our your his her their this that these those".split())
_NAME_END = re.compile(r":|\s[-\u2013\u2014]\s")
_NOTE_BREAK = re.compile(r"[;,\n]|\s[-\u2022]\s")
_FULL_STOP = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")


def text_from_notes(text: str) -> str | None:
    """The text ``text`` names to make, said as writing it, when the notes it is to be made of follow its name;
    ``None`` otherwise."""
    head = text[:SCAN].strip()
    end = _NAME_END.search(head, 0, NAME_SCAN)
    if end is None:
        return None
    name, notes = head[: end.start()], head[end.end() :].strip()
    if "?" in name or "```" in head:  # a question, or code handed over: no name of a text to make
        return None
    words = WORD.findall(name.lower())
    start = next((i for i, w in enumerate(words) if w not in _LIGHT and not w.isdigit()), len(words))
    if words[start : start + 1] and words[start] in _OWNED:
        return None  # "my notes from the meeting: ...": the user's own text, handed over to be read
    if not _KINDS & set(words[start : start + KIND_AT]) or _OTHER_WORK & set(words) or not _are_notes(notes):
        return None
    return f"write {' '.join(words[start:])}"


def _are_notes(notes: str) -> bool:
    """Notes: items of a few words parted by commas or semicolons, or one short sentence; no question."""
    if not notes or "?" in notes or len(_FULL_STOP.findall(notes)) > 1:
        return False
    items = [i for i in _NOTE_BREAK.split(notes) if i.strip()]
    if len(items) >= 2:
        return all(len(i.split()) <= NOTE_WORDS for i in items)
    return len(notes.split()) <= SENTENCE_WORDS


__all__ = ["text_from_notes"]
