"""Whether a sentence says what a thing is, for a "What is X?" question, or only tells a deed of its past.

"What is the Python programming language?" is not answered by "Python was created by Guido van Rossum at the
Centrum Wiskunde & Informatica": that says who made it, not what it is. Nor is "What is Mozilla?" answered by
"Mozilla began sponsoring the project in 2009", nor "What is the Linux kernel?" by "The Linux kernel is licensed
under the GNU General Public License". A sentence with the thing as its subject says what it is when its verb
after the subject

- links it to what it is: "is a ...", "was the first antibiotic", "became one of the most popular programming
  languages", "is known as ...", "is made of ..." (a copula, not a passive of another deed: "was created by",
  "is licensed under", "was designed and built by");
- or tells what it does, in the present: "BM25 ranks documents ...", "The liver cleans the blood";

or when an aside after the subject names its kind: "The RMS Titanic, a White Star Line liner, was lost ...".
A verb in the past that is no copula ("began", "was founded", "sponsored") tells a deed, not what the thing is.

Only the verb right after the subject is read, over a bounded token window; nothing backtracks.
"""

from __future__ import annotations

import re

from servers.tools.researcher.asides import past_aside
from servers.tools.researcher.matching import covers, stem_of
from servers.tools.researcher.relevance import definition_thing
from servers.tools.researcher.wording import IRREGULAR

_MAX_TOKENS = 60
_SUBJECT_SPAN = 8  # the subject is named in a sentence's first words ("The Domain Name System (DNS) ...")
_ASIDE_SPAN = 20
_COPULAS = frozenset("is are was were be been remains remain remained becomes become became".split())
_LINKED_PAST = frozenset("was were became remained".split())
_PRONOUNS = frozenset("it they this these".split())
_ADVERBS = frozenset("also still now often usually widely generally commonly originally really mainly largely".split())
# Participles after a copula that say what a thing is, not what was done to it: "is known as", "is made of".
_KINDLY = frozenset(
    "known called made composed defined considered regarded used meant based named formed taken seen thought".split()
)
_TOKEN = re.compile(r"[()]|,|[\w'’.+#-]+")


def _words(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence[:2_000])[:_MAX_TOKENS]


def _past(word: str) -> bool:
    return word.endswith("ed") or (word in IRREGULAR and word not in ("is", "are"))


def _participle_of_deed(tokens: list[str], at: int) -> bool:
    """Is ``tokens[at]`` (after a copula) a passive of a deed ("created by", "licensed under", "designed and
    built"), rather than a word that says what the thing is ("known as", "made of", "the", "a")?"""
    word = tokens[at].lower()
    if not _past(word) or word in ("red", "bed", "need", "speed", "seed", "hundred"):
        return False
    if word in _KINDLY:
        return "by" in (t.lower() for t in tokens[at + 1 : at + 3])  # "made by" is who made it
    return True


def _after_subject(tokens: list[str], thing: list[str]) -> int | None:
    """The index of the first word after the subject when the sentence opens with the thing (or "It"), past a
    parenthesis ("(DNS)"), a version ("2.0") and an aside between commas; None when it does not open with it."""
    lowered = [t.lower() for t in tokens]
    if lowered and lowered[0] in _PRONOUNS:
        return 1
    keys = [stem_of(w.lower()) for w in thing]
    first = next(
        (i for i in range(min(len(tokens), _SUBJECT_SPAN)) if any(covers(k, {stem_of(lowered[i])}) for k in keys)),
        None,
    )
    if first is None:
        return None
    at = first + 1
    while at < len(tokens):
        # the thing's words, a word or two between them allowed: "a normal, healthy blood pressure"
        ahead = (j for j in range(at, min(len(tokens), at + 3)) if any(covers(k, {stem_of(lowered[j])}) for k in keys))
        found = next(ahead, None)
        if found is None:
            break
        at = found + 1
    return at


def says_what_it_is(thing: str, sentence: str) -> bool:
    """Does ``sentence``, opening with ``thing`` (or "It"), say what the thing is or does, rather than a deed of
    its past? True for a sentence that does not open with it: whether it is about the thing is read elsewhere."""
    tokens = _words(sentence)
    at = _after_subject(tokens, thing.split())
    if at is None:
        return True
    at, comma = past_aside(tokens, at, _ASIDE_SPAN)
    # "The RMS Titanic, a White Star Line liner, ...": an aside that opens on an article names a kind
    kind = comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].lower() in ("a", "an", "the", "one")
    if kind:
        return True
    while at < len(tokens) and tokens[at].lower() in _ADVERBS:
        at += 1
    if at >= len(tokens):
        return False
    verb = tokens[at].lower()
    if verb in _COPULAS:
        following = at + 1
        while following < len(tokens) and tokens[following].lower() in _ADVERBS:
            following += 1
        return following < len(tokens) and not _participle_of_deed(tokens, following)
    if verb in ("has", "have", "had", "'s", "’s"):
        # "Rust has been voted ...", "It had been built ...": a passive of a deed; "has 206 bones" says what it is
        passive = at + 2 < len(tokens) and tokens[at + 1].lower() == "been" and _participle_of_deed(tokens, at + 2)
        return verb != "had" and not passive
    return not _past(verb) and verb.isalpha() and verb.islower()


def unsaid_what_it_is(question: str, passage: str) -> str | None:
    """ "what X is" when ``passage`` answers "What is X?" only with deeds of X's past (who made it, when it began,
    under what licence it is released); None when a sentence of it says what X is, or for another question."""
    thing = definition_thing(question[:400].strip())
    if thing is None:
        return None
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", passage[:4_000]) if s.strip()]
    if any(says_what_it_is(thing, s) for s in sentences):
        return None
    article = re.search(rf"\b(the|a|an)\s+{re.escape(thing)}", question[:400], re.I)
    return f"what {article.group(1).lower() + ' ' if article else ''}{thing} is"
