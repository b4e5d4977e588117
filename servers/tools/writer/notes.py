"""Notes into prose: fragments a person jotted down ("blue bin for paper, green bin for glass; collection every
other Wednesday") said as the sentences of a paragraph.

"Turn these notes into a short paragraph" asks for prose; the notes pasted back with their semicolons do not
answer it. Each note becomes a sentence, capitalised and with a full stop, in the order given, every fact kept.
A note that is a noun and what it is for or when it happens, with no verb ("collection every other Wednesday",
"blue bin for paper"), gets the "is"/"are" it leaves out: "Collection is every other Wednesday", "The blue bin
is for paper". Notes of that shape listed with commas are joined with "and". Anything else is kept as written:
no verb is guessed where the note's own words might already hold one ("bins arrive on March 3").
"""

from __future__ import annotations

import re

# Words that start or fill a note which is not a bare noun phrase: verbs, pronouns, greetings, function words.
_NOT_NOUN = frozenset(
    "a an the this that these those is are was were be been being am will would can could shall should may "
    "might must do does did has have had not no yes please thanks thank sorry happy good best congrats welcome "
    "merry see more all we you they i he she it our your their my his her its bring use send call book pay buy "
    "get take check email ask meet remember note join sign register apply contact visit keep put leave make "
    "pick drop return wear wait look read write tell let try give find go come stop start open close order "
    "save share follow reply vote fill print post clean tidy feed water lock end run arrive begin finish move "
    "last need".split()
)
# Words that make a note a clause with its own verb: irregular participles and the particles of phrasal verbs
# ("tickets sold out for Friday", "forms handed in at reception"); a verbless note's noun phrase has none.
_VERB_LIKE = frozenset(
    "sold paid held built kept left made done given taken shut cut set sent brought bought found won lost told "
    "begun seen known shown gone drawn chosen written spoken broken stolen worn torn out up off down away back "
    "over".split()
)
# Where a comma only continues one fact ("on Tuesday, 3 June at 10", "on Friday, at the Crown", "Saturday, the
# 14th"): a date, a time, a number or a preposition after it is no new note.
_CONTINUES = re.compile(
    r"^(?:\d|the\s+\d|(?:on|at|in|from|by|until|till|for|to|with|near|behind|before|after|between|around|about)\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:noon|midday|midnight)\b)",
    re.I,
)
# The predicate a verbless note leaves to its "is": what it is for, when or where it happens.
_NOTE = re.compile(
    r"^(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?P<pred>(?:for|at|on|in|from|until|till|every|each|"
    r"behind|near|next to|outside|inside|opposite|upstairs|downstairs)\s+\S.{0,120})$"
)
_MAX_NOTE_CHARS = 200


def prose(points: list[str]) -> list[str]:
    """``points`` (notes) as sentences, one per note, in order; every word of every note kept."""
    return [_sentence_of(point) for point in points]


def _sentence_of(point: str) -> str:
    note = point.strip().rstrip(".!?;,")
    if not note:
        return point
    # a comma between digits ("£12,500") is part of a number, not a break between notes
    parts = [p.strip() for p in re.split(r",(?!\d)\s*(?:and\s+)?", note)] if len(note) <= _MAX_NOTE_CHARS else [note]
    said = [_said(p) for p in parts]
    if len(parts) > 1 and all(said):  # "blue bin for paper, green bin for glass": one sentence joined by "and"
        clauses = [s for s in said if s]
        return _full(", ".join(clauses[:-1]) + ", and " + clauses[-1])
    if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts) and not any(_CONTINUES.match(p) for p in parts[1:]):
        # "street party on 6 July, road closed from noon, bring a dish": notes run together with commas
        return " ".join(_full(s or p) for s, p in zip(said, parts, strict=True))
    return _full((_said(note) if len(parts) == 1 else None) or note)


def _full(text: str) -> str:
    text = text.strip()
    return _capitalised(text) + ("" if text.endswith((".", "!", "?")) else ".")


def _said(note: str) -> str | None:
    """A verbless note of the shape "noun phrase + what for / when / where" with its "is"; None otherwise."""
    # "Paris trip in May": a capital may be a name's, so the note keeps it and takes no "the"
    named = note[:1].isupper()
    found = _NOTE.match(note[:1].lower() + note[1:])
    if not found:
        return None
    words = found.group("np").split()
    if any(w in _NOT_NOUN or w in _VERB_LIKE or (w.endswith("ed") and len(w) > 4) for w in words):
        return None
    pred = found.group("pred")
    # "deadline for entries 30 June", "prize for the winner £50": a value after "for ..." is what the noun is
    if re.match(r"for\s+[^\d£$€]*[\d£$€]", pred):
        return None
    # "bins arrive", "coach leaves": a word ending in -s after the first may be a verb, so the note may have one
    if any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in words[1:]):
        return None
    last = words[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    if plural and (last[:-1] in _NOT_NOUN or last[:-2] in _NOT_NOUN):  # "opens at 9", "finishes at 5"
        return None
    np = note[: len(found.group("np"))] if named else f"the {' '.join(words)}" if len(words) > 1 else words[0]
    return f"{np} {'are' if plural else 'is'} {pred}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
