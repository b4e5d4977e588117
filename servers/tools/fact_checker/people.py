"""People a sentence names: "Marie Curie was ..." names the person a "she" in the sentence after it stands for,
and a claim whose subject is a person ("Linus Torvalds wrote Linux") is decided only by a passage naming them."""

from __future__ import annotations

import re

from servers.tools.fact_checker.propositions import read_sentence

PERSON = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+$")
"""A person's name: two or three capitalized words."""


def person_named(passage: str) -> frozenset[str]:
    """The subject words of a sentence whose first clause names a person (two capitalized words: "Marie Curie
    was ..."), for the "she" of the sentence after it; empty otherwise."""
    first = next(iter(read_sentence(passage)), None)
    if first is None or first.anaphoric or not PERSON.match(first.subject):
        return frozenset()
    return first.subject_terms
