"""Contents: what a text to write is to hold, listed under a heading after the job that names the text.

"Can you give me an outline for a talk on composting at home? Sections: why compost, what goes in, what stays out,
common mistakes" asks for one outline. The list after "Sections:" is what the outline is made of: its items may
read like questions ("what goes in") or orders ("thank the volunteers"), but under a heading of contents they are
the text's parts, not jobs of their own. Cut at each comma, the request became four jobs for three agents.

``heads_contents`` reads the heading before the colon and accounts for every word of it: it must name the parts
of a text ("Sections", "Key points", "Slides") or what the text is to cover ("Points to cover", "Include",
"Things to mention"), and nothing else; it ends with a colon or is the subject of "are", "include" ("Topics
are CPR, burns, choking"). A heading that counts ("Three things:", "Two parts:") announces the parts
of the request instead, and one with any other word ("Summary of the meeting:", "Question:") is not read as one.
Bounded: only the heading, a few words, is read.
"""

from __future__ import annotations

import re

HEADING_WORDS = 5
"""A heading of contents is at most this many words."""

# "Sections: ...", and said as a sentence: "Topics are CPR, burns, ...", "The main points will be ..."
_HEADING = re.compile(
    r"^\W*([A-Za-z][A-Za-z' -]{0,50}?)(?:\s*:|\s+(?:are|is|include|includes|will\s+be|should\s+be)\b)\s+(?=\S)"
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# Nouns that name the parts of a text to write.
_PARTS = frozenset(
    """section sections heading headings subheading subheadings header headers point points topic topics item items
    agenda contents chapter chapters slide slides bullet bullets theme themes structure outline paragraph paragraphs
    area areas idea ideas""".split()
)
# Verbs by which the user says what the text covers ("Include:", "Points to cover:", "Things to mention:").
_COVERING = frozenset("include includes including cover covers covering mention mentioning mentions feature".split())
# Words that may stand beside those in a heading and add no job: "Key points to cover", "Main sections I want".
_BESIDE = frozenset(
    """key main talking rough suggested possible proposed the its to please i'd i we want would like should must
    need it want things stuff what and in order""".split()
)


def heads_contents(sentence: str) -> bool:
    """Whether ``sentence`` opens with a heading of the contents of a text ("Sections: ...", "Key points to cover:
    ...", "Include: ..."), every word of which names the text's parts or what it covers."""
    found = _HEADING.match(sentence[:80])
    if found is None:
        return False
    words = _WORD.findall(found.group(1).lower())
    if not words or len(words) > HEADING_WORDS:
        return False
    named = set(words)
    if not named & (_PARTS | _COVERING):
        return False
    return named <= _PARTS | _COVERING | _BESIDE


_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=\S)")
SCAN = 600
"""Only this much of a request is read for a heading of contents after its first sentence."""


def without_contents(text: str) -> str:
    """``text`` up to the first sentence after its first that heads contents ("Can you give me an outline for a talk?
    Key points: why bees matter, ..."): who is to act is said by the job that names the text, and the contents'
    words ("key points") would pull the request to the agent that picks them out of a text. Otherwise ``text``."""
    for found in _SENTENCE_START.finditer(text[:SCAN]):
        if heads_contents(text[found.end() :]):
            return text[: found.start()]
    return text


__all__ = ["heads_contents", "without_contents"]
