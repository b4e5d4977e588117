"""Manner: how a question wants its answer said, which is no part of what it asks.

"What is photosynthesis, in simple words?", "How do volcanoes form, in plain English?", "Why is the sky blue, for
a 7 year old?", "What is the capital of Australia actually?": the words after the question's subject say how to
answer (simply, briefly, for a child) or only stress it ("actually", "really"). They name no topic, so a reader
that matches words (the router's ranker, the researcher's notes) must not look for them: "in simple words" reads
like a rewrite for the writer, and no note on photosynthesis says "simple words".

``without_manner`` drops one such phrase where it ends a question, nowhere else: "What really happened at
Roswell?" keeps its "really", and "Explain this in simple words: <text>" is a rewrite, not a question.
Linear: one anchored pattern over a bounded tail.
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


__all__ = ["without_manner"]
