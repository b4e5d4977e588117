"""Tag questions: the few words after a statement that ask whether it holds ("..., right?", "Can you check that?").

The statement before them is the claim; the router and the fact checker's request read it without the tag.
"""

from __future__ import annotations

import re

from patterns.material import WORD

# The words of a tag question after a statement ("..., right?", "... - is that true?", "..., isn't it?").
_TAG_WORDS = frozenset("right correct true accurate so really yes isn't aren't wasn't weren't doesn't don't".split())
_CHECK_WORDS = frozenset("check verify confirm fact-check double-check".split())
_BACK = frozenset("that this it".split())
_MARKS = re.compile(r"[=(){};`]|\b(?:def|return|import)\b")
_TAG_START = re.compile(r"[,;\u2013\u2014-]\s|[.!]\s")


# "Is this accurate? The Pacific is the largest ocean.": the tag asked first, then the statement it asks about.
_LEADING_TAG = re.compile(
    r"^(?:is|was)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:right|correct|true|accurate)\s*\?\s+(?=\S)", re.I
)


def without_tag_question(text: str) -> str:
    """A statement without the tag question that asks whether it holds: "Bats are blind, right?" → "Bats are
    blind", "My uncle swears Einstein discovered penicillin. Can you check that?" → "My uncle swears Einstein
    discovered penicillin", "Is this accurate? Bats are blind." → "Bats are blind."; any other text unchanged."""
    stripped = text.strip()
    leading = _LEADING_TAG.match(stripped[:200])
    rest = stripped[leading.end() :] if leading is not None else ""
    if rest and not stripped.endswith("?") and "\n" not in rest.strip() and not _MARKS.search(rest[:400]):
        return rest  # one statement: not code ("Is this correct? def f(x): ...") nor a sum ("12 x 7 = 84")
    if not stripped.endswith("?"):
        return stripped
    cuts = [m.end() for m in _TAG_START.finditer(stripped)]
    if not cuts:
        return stripped
    tail = WORD.findall(stripped[cuts[-1] :].lower())
    tagged = 1 <= len(tail) <= 4 and bool(_TAG_WORDS & set(tail))
    # "... discovered penicillin. Can you check that for me?": asked to check what was just said
    checked = len(tail) <= 7 and bool(_CHECK_WORDS & set(tail)) and bool(_BACK & set(tail))
    if not (tagged or checked):
        return stripped
    return stripped[: cuts[-1]].rstrip(" ,;.!\u2013\u2014-")
