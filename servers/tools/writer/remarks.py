"""Remarks: a request whose only "content" is a word on how good or how the text should be.

"Write a story - make it a good one", "Write me a poem, make it fun", "draft an email and keep it short": the
ask names a kind of text and then says something about its quality or manner. Nothing in it is a fact to write
from, so offline it must decline and say what to add. Read otherwise, the remark after the dash or comma is taken
for the text itself and comes back as "Could you please make it a good one?": a confident wrong answer.

The reader accounts for every word. The request splits at dashes, commas, semicolons, colons and "and"; the
first clause must be a bare ask for a kind of text (a verb of writing, an article, at most three lower-case words
naming the kind), every later clause a remark ("make it / keep it / I want it ...", then only words of quality,
manner, degree or size). One unknown word, a name, a number
that is not a size, a preposition that brings a topic ("about", "for my ...") and the request is not read here.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\s+[-–—]+\s+|\s*[,;:]\s*|[?.!]\s+|\s+(?:and|but|&)\s+", re.I)
_ASK = re.compile(
    r"^(?:(?:please|pls|plz|hey|hi|ok|okay|so|can you|could you|would you|will you|i need|i want|i'?d like|"
    r"just)\s+)*(?:write|draft|compose|create|make|do|pen|produce|give|come up with|whip up|put together)"
    r"(?:\s+(?:me|us))?\s+(?:a|an|some|one|the)\s+(?P<kind>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)"
    r"(?:\s+(?:for me|for us|please|pls))*$",
    re.I,
)
# Words that bring a topic or a reader into the kind ("a story about ...", "a note for my ..."): not a bare ask.
_TOPICAL = frozenset("about on for to with from of that which who saying telling asking my our his her their".split())
_REMARK_LEAD = re.compile(
    r"^(?:(?:please|pls|and|but|just|also|oh)\s+)*(?:(?:make|keep|have|get)\s+(?:it|this|the (?:story|text))|"
    r"make sure (?:it'?s|it is|it|that it'?s|that it is)|i want it(?: to be)?|i'?d like it(?: to be)?|"
    r"it (?:should|must|has to|needs to) be|(?:something|anything))\b(?:\s+(?:be|sound|feel|read))?",
    re.I,
)
# A size is a remark too: "keep it under 200 words", "max 3 lines".
_SIZE = re.compile(
    r"\b(?:(?:under|below|within|at most|no more than|less than|max(?:imum)?|about|around)\s+)?\d{1,4}\s+"
    r"(?:words?|sentences?|lines?|paragraphs?)\b(?:\s+(?:max(?:imum)?|tops))?",
    re.I,
)
# Quality, manner, degree and filler: everything a remark may say that is no fact.
_REMARK_WORDS = frozenset(
    """a an one the and or but not too so really very super extra real pretty quite fairly truly properly bit
    little nice good great excellent amazing awesome brilliant best better fantastic wonderful lovely decent cool
    epic solid strong fun funny humorous witty interesting exciting engaging entertaining gripping thrilling
    memorable catchy short shorter brief concise simple tight crisp punchy snappy long longer detailed friendly
    warm formal informal casual polite professional upbeat light cheerful chatty playful gentle kind sweet positive
    heartfelt sincere personal enthusiastic lively respectful moving touching emotional uplifting inspiring
    creative original clever cute silly serious classy elegant meaningful thoughtful dramatic scary spooky sad
    happy beautiful smart engaging readable clear quick easy please pls plz thanks ok okay enough worth reading
    reading read""".split()
)


def remark_only(request: str) -> str | None:
    """The kind of text asked for ("story", "email") when ``request`` gives nothing but remarks on its quality or
    manner or size after the ask; ``None`` when it gives anything else (or no remark at all)."""
    clauses = [c.strip(" .!?'\"") for c in _BREAK.split(" ".join(request.split()).strip(" .!?"))]
    clauses = [c for c in clauses if c]
    if len(clauses) < 2:
        return None
    ask = _ASK.match(clauses[0])
    if not ask or set(ask.group("kind").lower().split()) & _TOPICAL:
        return None
    if all(is_remark(clause) for clause in clauses[1:]):
        return ask.group("kind").split()[-1].lower()
    return None


def speaks_of_the_text(clause: str) -> bool:
    """Whether ``clause`` opens as words to the writer about the text ("make it clear ...", "keep it ...",
    "make sure it ..."), so it is no text to rewrite itself."""
    return bool(
        re.match(r"^(?:(?:please|pls|and|but|just|also)\s+)*(?:make|keep|have|get)\s+it\b|^make sure it", clause, re.I)
    )


def is_remark(clause: str) -> bool:
    """Whether ``clause`` only says how good, how long or in what manner the text should be."""
    lead = _REMARK_LEAD.match(clause)
    rest = clause[lead.end() :] if lead else clause
    sized = _SIZE.sub(" ", rest)
    said = re.findall(r"[\w'-]+|\S", sized.lower())
    return (
        (bool(said) or sized != rest)
        and all(word in _REMARK_WORDS for word in said)
        and (lead is not None or len(said) <= 4)
    )
