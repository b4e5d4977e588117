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

from patterns.lexical import NUMBER_WORDS

# Words that start or fill a note which is not a bare noun phrase: verbs, pronouns, greetings, function words.
_NOT_NOUN = frozenset(
    "a an the this that these those is are was were be been being am will would can could shall should may "
    "might must do does did has have had not no yes please thanks thank sorry happy good best congrats welcome "
    "merry see more all we you they i he she it our your their my his her its bring use send call book pay buy "
    "get take check email ask meet remember note join sign register apply contact visit keep put leave make "
    "pick drop return wear wait look read write tell let try give find go come stop start open close order "
    "save share follow reply vote fill print post clean tidy feed water lock end run arrive begin finish move "
    "last need available ready due".split()
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
# The words a predicate opens with, which belong to no noun phrase before it.
_PREDICATE_OPENERS = frozenset(
    "for at on in from until till every each per behind near next outside inside opposite upstairs downstairs to "
    "of with by".split()
)
_MAX_NOTE_CHARS = 200
# The note-taker's own voice before a note ("sorry no pets", "oh and parking is free", "btw, cash only"): said to
# whoever writes the text up, not part of the fact.
_VOICE = re.compile(r"^(?:(?:sorry|oh|btw|ps|also|plus|and)\b[,!]?\s+)+(?=\S)", re.I)
# A clause of its own inside a fragment ("we open at 9", "which has a garden"): the run is a sentence, not a list.
_CLAUSE_WORD = re.compile(
    r"\b(?:i|we|you|they|he|she|it|there|which|who|that|whose|because|but|so|if|when|while)\b|\b(?:i|we|you|they|"
    r"he|she|it|there|that)'",
    re.I,
)
_MAX_FRAGMENT_WORDS = 6
_MIN_FRAGMENTS = 4


def prose(points: list[str]) -> list[str]:
    """``points`` (notes) as sentences, one per note, in order; every word of every note kept."""
    return [_sentence_of(point) for point in points]


def listed(point: str) -> str | None:
    """A run of short fragments listed with commas ("2 bedrooms, in Leith, £1,150 pcm, available from 1 February,
    sorry no pets, close to the tram stop") said as short sentences, the way a listing or a flyer reads: "2
    bedrooms, in Leith. £1,150 pcm. Available from 1 February. No pets. Close to the tram stop." A fragment that
    only continues the one before ("in Leith", "10am to 4pm") stays with it; the note-taker's "sorry" goes.

    None unless the point is one such run: at least four fragments of at most six words, no fragment a clause of
    its own ("we open at 9", "which has a garden"), no more than one a bare word (a list of things, "apples,
    pears, plums and figs", is no run of notes), and the first no name (what follows a name describes it)."""
    note = point.strip().rstrip(".!?;,")
    if not note or len(note) > _MAX_NOTE_CHARS or re.search(r"[.!?;:](?:\s|$)", note):
        return None
    pieces = [p.strip() for p in re.split(r",(?!\d)\s*(?:and\s+)?", note)]
    if len(pieces) < _MIN_FRAGMENTS or any(not p or len(p.split()) > _MAX_FRAGMENT_WORDS for p in pieces):
        return None
    if any(_CLAUSE_WORD.search(p) for p in pieces) or sum(len(p.split()) == 1 for p in pieces) > 1:
        return None
    if all(w[:1].isupper() for w in pieces[0].split()):
        return None  # "Lena Park, trained in Lyon, ...": a person named, then what is said of them, one sentence
    groups: list[str] = []
    for piece in pieces:
        if groups and _CONTINUES.match(piece):
            groups[-1] += f", {piece}"
        else:
            groups.append(_VOICE.sub("", piece))
    if len(groups) < 2:
        return None
    return " ".join(_full(_said(g) or g) for g in groups)


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
    # "one instructor for every six students": a count is no noun to put "the" before, and a word that opens a
    # predicate ("for", "every") inside the subject means the cut fell in the wrong place; kept as written
    if words[0] in NUMBER_WORDS or any(w in _PREDICATE_OPENERS for w in words):
        return None
    # "available from 1 February", "suitable for ages 5+": an adjective says what the note's subject is
    if any(
        w in _NOT_NOUN
        or w in _VERB_LIKE
        or (w.endswith("ed") and len(w) > 4)
        or (w.endswith(("able", "ible")) and len(w) > 5)
        for w in words
    ):
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
