"""Pointed texts: the text an instruction points at, handed over without the colon users often leave out.

"Give me a short summary of this "The office will switch ..."" and "Rewrite this to sound more professional. hey guys
the printer is broke again": the instruction points at a text ("this") and the text follows it, in quotes or as the
user's own lower-case sentence after a full stop, with no colon between them. A worker reads a text it is handed
after a colon, so the part is said that way ("... of this: "The office ..."", "Rewrite this to sound more
professional: hey guys ..."); the words are not changed, and a part with its colon already is left as it is.
"""

from __future__ import annotations

import re

from patterns.material import split_material

SCAN = 200
"""The pointing word is looked for within this many characters of the part's start."""

# "... of this "<quote>"", "... the following “<quote>”": a quote right after the word that points at it
_BEFORE_QUOTE = re.compile(r"^(?P<asked>[^\"\u201c\n:]{3,200}?\b(?:this|these|the\s+following|below))\s+(?=[\"\u201c])")
# "Rewrite this to sound more professional. hey guys ...": an order to rework "this", then the text in lower case
_REWORK = re.compile(
    r"^(?P<asked>(?i:(?:(?:can|could|would)\s+you\s+|please\s+)?(?:re-?write|re-?word|rephrase|make|tidy\s+up"
    r"|clean\s+up|soften|polish|fix|correct)\s+this\b)[^.:!?\n\"\u201c]{0,80})[.!]\s+(?=[a-z])"
)


def with_pointed_text(part: str) -> str:
    """``part`` with a colon between an instruction that points at a text and the text right after it, when the
    user left it out; ``part`` itself otherwise."""
    if split_material(part)[1]:
        return part  # the text is handed over already
    head = part[:SCAN]
    found = _BEFORE_QUOTE.match(head) or _REWORK.match(head)
    if found is None:
        return part
    return f"{found.group('asked').rstrip()}: {part[found.end() :]}"


__all__ = ["with_pointed_text"]
