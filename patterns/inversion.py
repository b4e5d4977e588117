"""Inversion: whether the words after an auxiliary put a subject there, as a question does.

"Work out 15% of 80, is it true that bats are blind?" asks a second question after the comma: "is" comes before
its subject ("it"). "Write a post announcing that our bakery, Crumb & Co, is opening its second shop" does not:
"is opening" is the predicate of the name before the comma, set off by commas as an aside, and the clause after
the comma has no subject of its own. Cut there, the request becomes two writing jobs, the second a fragment
("Is opening its second shop on Mill Road") that no writer can make sense of.

``inverts_subject`` reads the first words after the auxiliary. A verb form (-ing, -ed) or an adverb that sits
before one ("not", "now", "still") is a predicate, never an inverted subject. Without a question mark ending the
clause, only a word that can only open a noun phrase (a pronoun, an article or possessive, a name, a number) is
read as the subject; with one, any other word may be ("..., are bats blind?"). Bounded: a few words are read.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*")
# Words that can only open a noun phrase: the subject a question puts after its auxiliary.
_SUBJECT_OPENERS = frozenset(
    """it there this that these those he she they you i we the a an my our your his her their its any some all
    every each no one anyone anybody anything someone something everyone everything nobody nothing""".split()
)
# Words that come between an auxiliary and its verb, or after it as a predicate: not a subject.
_PREDICATE_WORDS = frozenset(
    """not now still also already just being been going due about able open closed closing opening moving back
    finally currently expected set scheduled planned now then""".split()
)
# "our bakery, Crumb & Co": a noun, then a name of a few words between commas, ends the clause before the auxiliary
_ASIDE = re.compile(r"[a-z]\s*,\s+[A-Z][\w'&.-]*(?:\s+[\w'&.-]+){0,3}\s*$")
# Short words ending like a participle that are nouns a question may ask about ("is bed ...", "does red ...").
_NOT_PARTICIPLES = frozenset("bed red shed seed need feed sled ring king thing string spring sing wing".split())


def _participle(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_PARTICIPLES or len(lower) < 5:
        return False
    return lower.endswith(("ing", "ed"))


def inverts_subject(after: str, *, asked: bool, before: str = "") -> bool:
    """Whether ``after`` (the words after an auxiliary such as "is", "does") opens with the subject of a question.

    ``asked``: the clause ends with a question mark, so any noun may be that subject ("are bats blind?"); without
    one only a word that can only open a noun phrase is ("is it", "does the", "was Paris", "is 7 a prime").
    ``before``: the clause up to the comma; when it ends with a name set off as an aside ("our bakery, Crumb & Co")
    the auxiliary is that noun's predicate whatever follows it ("..., is the best in town")."""
    if _ASIDE.search(before[-80:]):
        return False
    words = _WORD.findall(after)[:2]
    if not words:
        return False
    first = words[0]
    lower = first.lower()
    if lower in _SUBJECT_OPENERS:  # before the participle test: "anything", "something" end as "-ing" does
        return True
    if lower in _PREDICATE_WORDS or _participle(first) or lower.endswith("n't"):
        return False
    if first[:1].isdigit() or first[:1].isupper():
        return True
    return asked


__all__ = ["inverts_subject"]
