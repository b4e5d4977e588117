"""A reported claim travels with what refutes it: a summary never keeps "Social media posts claimed he was
detained" and drops "Police said there was no truth in reports that the mayor had been arrested".

A **claim sentence** reports what someone claimed, alleged, rumoured, feared or expected ("A viral post says
...", "The company had been expected to announce 500 job cuts"). A **refutation** says such a thing is false or
did not happen, or what happened instead ("Doctors say this is false", "no such ban exists", "In the end, it
announced none", "The judge ruled that ... was not responsible", "The council has now agreed a new lease"). A
sentence with both ("Reports that the bridge was unsafe were wrong") stands on its own.

When a claim sentence would be picked, the nearest refutation within a few sentences (before or after it) is
ranked just ahead of it: a one-sentence summary gives the refutation, and a longer one gives both. Texts without
a reported claim, or whose claims nobody refutes, are ranked as before.

Every regex here is linear: word alternations and bounded classes, no nested quantifiers.
"""

from __future__ import annotations

import re

MAX_SENTENCE = 1_000
_REACH = 3  # how many sentences away a refutation may stand from the claim it answers
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)?|alleg(?:ed|edly|ations?)|rumou?r(?:s|ed)?|viral|posts?\s+(?:\w+\s+){0,3}?(?:said|say|says)|"
    r"reports?\s+(?:that|said|say|says)|reportedly|feared|fears?\s+that|worried\s+that|"
    r"(?:had\s+been|has\s+been|was|were)\s+expected|speculat\w*|said\s+to\s+have)\b",
    re.I,
)
_REFUTATION = re.compile(
    r"\b(?:no truth|not true|untrue|false|wrong|denied|denies|deny|no such|no evidence|baseless|unfounded|myth|"
    r"debunked|dismissed|rejected|ruled|not responsible|found no|never|in the end|in fact|instead|confirmed|"
    r"(?:has|have)\s+now|will\s+(?:go ahead|stay|remain|continue)|no longer|did not happen)\b",
    re.I,
)

# A refutation that points back at the claim for its meaning: "this is false", "it announced none".
_BACK = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?:this|these|those)\b|^\W*(?:it|they)\b", re.I)
# Words that say outright that a claim is false, ahead of those that only say what happened instead ("never", "now").
_OUTRIGHT = re.compile(
    r"\b(?:no truth|not true|untrue|false|wrong|denied|denies|deny|no such|no evidence|baseless|unfounded|myth|"
    r"debunked|ruled|not responsible|found no)\b",
    re.I,
)


def _refutes(sentence: str) -> bool:
    return _REFUTATION.search(sentence[:MAX_SENTENCE]) is not None


def _reported(sentence: str) -> bool:
    """A claim sentence that does not refute itself."""
    return _CLAIM.search(sentence[:MAX_SENTENCE]) is not None and not _refutes(sentence)


def refutation_of(sentences: list[str], at: int) -> int | None:
    """The index of the sentence within reach that best refutes the claim sentence at ``at``, or None (also when the
    sentence at ``at`` reports no claim)."""
    if not _reported(sentences[at]):
        return None
    near = [
        i
        for distance in range(1, _REACH + 1)
        for i in (at + distance, at - distance)  # after first: a refutation usually follows what it answers
        if 0 <= i < len(sentences) and _refutes(sentences[i])
    ]
    # One that stands alone is best: it names the claim it refutes ("no truth in reports that ..."), and does not
    # lean on the claim for its meaning ("Doctors say this is false").
    return min(
        near,
        key=lambda i: (
            _BACK.search(sentences[i]) is not None,
            _OUTRIGHT.search(sentences[i]) is None,
            _CLAIM.search(sentences[i]) is None,
            near.index(i),
        ),
        default=None,
    )


def with_refutations(ranked: list[int], sentences: list[str]) -> list[int]:
    """``ranked`` (sentence indexes, best first) with each claim sentence's refutation moved just ahead of it."""
    order: list[int] = []
    for i in ranked:
        if i in order:
            continue
        refuting = refutation_of(sentences, i)
        if refuting is not None and refuting not in order:
            order.append(refuting)
        order.append(i)
    return order
