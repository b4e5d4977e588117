"""Who made a work, read from the work's side: "F. Scott Fitzgerald wrote The Great Gatsby" is also "The Great
Gatsby was written by F. Scott Fitzgerald".

A claim that credits a named work to someone ("Ernest Hemingway wrote The Great Gatsby") is about the work,
not the person: the knowledge base may never mention Hemingway, yet it says who wrote the book. So a claim of
the form "<Person> <made> <Work>" is read in the passive, and a note's sentence of that form is read both ways;
the fact checker then compares who made the work (verdicts.py). Only a named work counts (a capitalized title
such as "The Starry Night" or "Guernica"), or a thing discovered or invented ("penicillin", "the telephone"):
inventions often have several claimed makers, so a note that names the person claimed among them does not refute
the claim, but one that credits only others does ("Thomas Edison invented the telephone").

Every regex here is linear; callers cap clause sizes.
"""

from __future__ import annotations

import re

# The verbs of making a work, with their participles.
_MADE = {
    "wrote": "written", "painted": "painted", "composed": "composed", "invented": "invented",
    "founded": "founded", "designed": "designed", "created": "created", "discovered": "discovered",
    "directed": "directed", "sculpted": "sculpted", "drew": "drawn", "coined": "coined",
}  # fmt: skip
# The base form after "did not", as the verb _MADE knows it: "did not invent" denies "invented".
_DENIED = {
    "write": "wrote", "paint": "painted", "compose": "composed", "invent": "invented", "found": "founded",
    "design": "designed", "create": "created", "discover": "discovered", "direct": "directed", "draw": "drew",
}  # fmt: skip
_PARTICLES = frozenset({"da", "de", "van", "von", "der", "del", "di", "le", "la", "bin", "ibn"})
# Inside a title, a small word continues the title only when a capitalized word follows: "Girl with a Pearl
# Earring", "Pride and Prejudice"; "in 1889" or "in the early 1500s" ends it.
_TITLE_JOINERS = frozenset({"and", "of", "the", "a", "an", "with", "to", "in", "on", "at", "for", "from", "&"})
_WORD = re.compile(r"\S+")
_WHEN = frozenset({"in", "on", "around", "about", "between", "during", "circa", "c."})
MAX_WORDS = 60
_DETERMINERS = frozenset({"the", "a", "an"})
# Words that end a discovered thing or show there is none ("discovered that ...", "discovered it").
_NOT_THINGS = _DETERMINERS | frozenset(
    "that how what why where who which when while it them him her this these those and or but so because after "
    "before during at by with for from of to new".split()
)
_THEN = frozenset({"when", "while", "after", "before", "during"})
# Verbs whose thing may be a common noun ("discovered penicillin", "invented the telephone"): a note names who is
# credited, and anyone else it names (a rival claimant) keeps a claim for them from being refuted (verdicts.py).
_FOUND = frozenset({"discovered", "invented"})


def _person(tokens: list[str]) -> int:
    """How many leading tokens name a person ("Leonardo da Vinci", "F. Scott Fitzgerald"), 0 if none."""
    i = 0
    while i < len(tokens) and i < 5:
        token = tokens[i]
        if token[:1].isupper() and re.sub(r"[-'’]", "", token.rstrip(",")).isalpha():
            i += 1
            if token.endswith(","):
                break  # "William Shakespeare, the English playwright, wrote ..."
        elif re.fullmatch(r"[A-Z]\.", token):
            i += 1
        elif token in _PARTICLES and i > 0 and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            i += 1
        else:
            break
    return i


def _works(tokens: list[str]) -> tuple[list[str], int]:
    """The titles a list of works starts with ("Romeo and Juliet, Hamlet and Macbeth"), and where it ends."""
    titles: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.rstrip(",.;:")
        following = tokens[i + 1 : i + 3]
        capital_next = any(t[:1].isupper() for t in following[:1]) or (
            len(following) == 2 and following[0].lower() in _TITLE_JOINERS and following[1][:1].isupper()
        )
        if word[:1].isupper() or word[:1].isdigit() and current and current[-1][:1].isupper():
            current.append(word)
        elif word.lower() in _TITLE_JOINERS and current and capital_next:
            current.append(word)
        elif word.lower() in ("the", "a", "an") and not current and following[:1] and following[0][:1].isupper():
            current.append(word)
        else:
            break
        i += 1
        if token.endswith(","):
            if not current or not capital_next:
                break
            titles.append(" ".join(current))
            current = []
        elif token.endswith((".", ";", ":")):
            break
    if current:
        titles.append(" ".join(current))
    return [t for t in titles if any(w[:1].isupper() for w in t.split())], i


def _found_thing(tokens: list[str]) -> tuple[list[str], int]:
    """What a named person discovered when it is no title: "penicillin", "the neutron" (a short lower-case
    noun phrase that ends the clause or is followed by a comma or when). A discovery, unlike an invention or a
    work, is credited to whoever made it first, so a note's "Alexander Fleming discovered penicillin" names the
    discoverer; "discovered that ..." states a finding, not a thing, and is not read so."""
    thing: list[str] = []
    for i, token in enumerate(tokens[:5]):
        word = token.rstrip(",.;:")
        if thing and word in _WHEN | _THEN:
            return [" ".join(thing)], i  # "penicillin in 1928": when it was found stays with it
        if not word.isalpha() or not word.islower() or word in _NOT_THINGS and not (i == 0 and word in _DETERMINERS):
            return [], 0
        thing.append(word)
        if token != word or i + 1 == len(tokens):
            return ([" ".join(thing)], i + 1) if thing[-1] not in _DETERMINERS else ([], 0)
    return [], 0


def _split_and(title: str) -> list[str]:
    """ "King Lear and A Midsummer Night's Dream" may be two titles or one ("Pride and Prejudice"): both."""
    parts = [p.strip() for p in title.split(" and ")]
    return [title] + parts if len(parts) == 2 and all(p[:1].isupper() for p in parts) else [title]


def as_made(clause: str, *, every_work: bool = True) -> list[str]:
    """The clause read from the side of the works it says someone made ("The Great Gatsby was written by F.
    Scott Fitzgerald, published in 1925"), one reading per work; empty when it is not of that form.

    A claim (``every_work=False``) is read so only when it names one work."""
    tokens = _WORD.findall(clause)[:MAX_WORDS]
    n = _person(tokens)
    if not n or n + 1 >= len(tokens):
        return []
    at = n
    if tokens[n - 1].endswith(","):  # an appositive after the name, closed by a comma
        close = next((j for j in range(n, min(n + 6, len(tokens))) if tokens[j].endswith(",")), None)
        if close is None:
            return []
        at = close + 1
    at = at + 1 if at < len(tokens) and tokens[at].lower() == "also" else at
    verb = tokens[at].lower() if at < len(tokens) else ""
    # a denial is read from the work's side too: "James Watt did not invent the steam engine"
    denied = False
    if verb in ("did", "didn't"):
        skip = 1 if verb == "didn't" else 2 if at + 1 < len(tokens) and tokens[at + 1].lower() == "not" else 0
        if skip and at + skip < len(tokens):
            verb, at, denied = _DENIED.get(tokens[at + skip].lower(), ""), at + skip, True
    elif verb == "never" and at + 1 < len(tokens):
        verb, at, denied = tokens[at + 1].lower(), at + 1, True
    if verb not in _MADE:
        return []
    works, end = _works(tokens[at + 1 :])
    if not works and verb in _FOUND and n >= 2 and tokens[0].lower() not in _DETERMINERS:
        works, end = _found_thing(tokens[at + 1 :])
    if not works or (not every_work and len(works) > 1):
        return []
    agent = " ".join(tokens[:n]).rstrip(",")
    rest = " ".join(tokens[at + 1 + end :])
    # When it was made ("in 1889", "around 1665") stays with the work; anything else said after it does not.
    rest = f" {rest}" if rest.split(" ", 1)[0] in _WHEN else ""
    titles = [t for work in works for t in (_split_and(work) if every_work else [work])]
    was = "was not" if denied else "was"
    return [f"{title} {was} {_MADE[verb]} by {agent}{rest}" for title in dict.fromkeys(titles)]
