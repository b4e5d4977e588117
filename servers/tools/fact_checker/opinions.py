"""Words that mark an opinion ("I think", "the best", "amazing"), and the names that only look like them.

A sentence that judges rather than states ("Paris is the most beautiful city", "I think the Moon landing was the
best day of the century", "I love Lisbon") is no claim to check; what others are said to love or hate ("bulls
hate the colour red") is a claim about them. The same words written with a capital inside a sentence are
names: "Banting and Best", "George Best", "Courtney Love" judge nothing, so they leave the sentence a claim.
"""

from __future__ import annotations

import re

_OPINION = re.compile(
    r"\b(?:i think|i believe|i feel|in my opinion|imo|should|ought to|best|worst|beautiful|ugly|"
    r"favou?rite|amazing|awesome|terrible|(?:i|we|you)\s+(?:really\s+|just\s+)?(?:love|hate))\b",
    re.I,
)
# what may stand before a sentence's first word: an opening quote, a bracket, a dash, a bullet
_OPENING = re.compile(r"[\s\"'“‘(\[*•–—-]*$")
_SENTENCE_BREAK = (".", "!", "?", ":", ";")


def states_opinion(sentence: str) -> bool:
    """Does ``sentence`` hold a word of opinion, other than one written as a name inside it?"""
    return any(not _named(sentence, found) for found in _OPINION.finditer(sentence))


def _named(sentence: str, found: re.Match[str]) -> bool:
    """Is the opinion word ``found`` a name: capitalised, in lower case after its capital, and not the sentence's
    first word (where any word takes a capital)? "I think" is the speaker, never a name."""
    word = found.group()
    if not word[:1].isupper() or not word[1:].islower() or " " in word:
        return False
    before = sentence[: found.start()]
    if _OPENING.fullmatch(before):
        return False
    return not before.rstrip().endswith(_SENTENCE_BREAK)
