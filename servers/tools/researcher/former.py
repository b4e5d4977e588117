"""A question about what came before or after ("What was the capital of Senegal before Dakar?", "the former name of
Sri Lanka") is answered only by a passage that tells of the change: a note that says only what is now ("Dakar is
the capital of Senegal") names the very thing the question asks past, which is a wrong answer in disguise."""

from __future__ import annotations

import re

# "what was the capital before Dakar", "the former name", "who held it previously": a holder before the present one
_PAST_ASKED = re.compile(
    r"\b(?:was|were)\b[^?.!]{0,80}?\b(?:before|prior\s+to)\b|\b(?:former(?:ly)?|previous(?:ly)?)\b",
    re.IGNORECASE,
)
_CHANGE_TOLD = re.compile(
    r"\b(?:before|until|former(?:ly)?|previous(?:ly)?|replac\w*|moved|used\s+to|earlier|renamed|was\s+called|"
    r"known\s+as|since|succeed\w*|preceded)\b",
    re.IGNORECASE,
)


def unsaid_before(question: str, passage: str) -> str | None:
    """'what came before' when ``question`` asks past what is now and ``passage`` tells of no change; else None."""
    if _PAST_ASKED.search(question[:400]) is None or _CHANGE_TOLD.search(passage[:4_000]) is not None:
        return None
    return "what came before"
