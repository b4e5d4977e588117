"""Manner: how a question wants its answer said, which is no part of what it asks.

"What is photosynthesis, in simple words?", "How do volcanoes form, in plain English?", "Why is the sky blue, for
a 7 year old?", "What is the capital of Australia actually?": the words after the question's subject say how to
answer (simply, briefly, for a child) or only stress it ("actually", "really"). They name no topic, so a reader
that matches words (the router's ranker, the researcher's notes) must not look for them: "in simple words" reads
like a rewrite for the writer, and no note on photosynthesis says "simple words".

``without_manner`` drops one such phrase where it ends a question, nowhere else: "What really happened at
Roswell?" keeps its "really", and "Explain this in simple words: <text>" is a rewrite, not a question.
Linear: one anchored pattern over a bounded tail.

``without_length_frame`` drops the length a request opens with ("In two sentences, write a reminder ...", "In
under 50 words, describe ..."): the count is of the answer's sentences or words, no number to work on, and the
instruction after it says who acts. "In two years, what will ..." is a time, not a length, and stays.
"""

from __future__ import annotations

import re

TAIL = 120
"""Only this much of a question's end is read for its manner."""

_PLAIN = r"(?:simple|plain|easy|everyday|basic|layman'?s|lay|non-technical|kid-friendly|child-friendly)"
_READER = r"(?:child|kid|kids|children|beginner|beginners|layman|layperson|non-expert|\d{1,2}[- ]?(?:year|yr)[- ]?old)"
_MANNER = re.compile(
    r"(?:,\s*|\s+)(?:"
    rf"(?:in|using|with)\s+{_PLAIN}\s+(?:words|terms|english|language)"
    r"|simply(?:\s+put)?|briefly|in\s+short|in\s+brief|in\s+a\s+nutshell|in\s+a\s+few\s+words"
    r"|in\s+(?:a|one)\s+(?:sentence|line)(?:\s+or\s+two)?"
    rf"|(?:for|to)\s+(?:a|an|my|our)?\s*{_READER}"
    r"|like\s+i'?m\s+(?:five|5|a\s+child|a\s+kid)"
    r"|actually|really|exactly"
    r")(?:\s*,?\s*please)?\s*(?=\?\s*$)",
    re.IGNORECASE,
)


def without_manner(question: str) -> str:
    """``question`` without the phrase that says how its answer is wanted, when one ends it before its "?";
    otherwise ``question`` as it is."""
    text = question.rstrip()
    if not text.endswith("?") or len(text) > 4 * TAIL:
        return question
    cut = len(text) - TAIL if len(text) > TAIL else 0
    found = _MANNER.search(text, cut)
    if found is None:
        return question
    kept = text[: found.start()].rstrip(" ,")
    return f"{kept}?" if len(kept.split()) >= 2 else question


_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred|\d{1,4})"
_LENGTH_FRAME = re.compile(
    r"^\s*in\s+(?:(?:under|less\s+than|fewer\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most|about|around"
    rf"|roughly|exactly|just|only|max(?:imum)?)\s+)?{_COUNT}(?:\s+(?:or|to|-)\s+{_COUNT})?\s+(?:short\s+|brief\s+)?"
    r"(?:sentences?|words?|lines?|paragraphs?|bullet(?:\s+points?)?s?|points|characters|chars)\s*(?:or\s+(?:less|fewer)\s*)?"
    r",\s*(?=\S)",
    re.IGNORECASE,
)
FRAMED_WORDS = 3
"""At least this many words must follow a length frame for it to be one ("In two sentences, please." is the ask)."""


def without_length_frame(request: str) -> str:
    """``request`` without the length its answer is held to when that opens it ("In two sentences, write ..." ->
    "write ..."); otherwise ``request`` as it is."""
    found = _LENGTH_FRAME.match(request)
    if found is None or len(request[found.end() :].split()) < FRAMED_WORDS:
        return request
    rest = request[found.end() :]
    return f"{rest[:1].upper()}{rest[1:]}"


__all__ = ["without_length_frame", "without_manner"]
