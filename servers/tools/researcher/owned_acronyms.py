"""An abbreviation asked as something's own: "What is Python's GIL?" asks what the GIL in Python is.

A note defines the abbreviation and names its owner elsewhere in the sentence ("The GIL ... is a lock inside
CPython, the standard implementation of Python"); read as written, "Python's GIL" is one thing the note never
says. So "What is X's ABC?" (and "what X's ABC is", asked indirectly) is asked as "What is the ABC in X?", which
the note's definition answers. Only an abbreviation (two to six capital letters) is turned round: "What is
Napoleon's height?" still asks the height of Napoleon, and "What is the Moon's diameter?" its diameter.
"""

from __future__ import annotations

import re

_OWNER = r"(?P<owner>[A-Za-z][\w+#.-]{0,30}?)['’]s\s+(?P<acronym>[A-Z]{2,6})"
_OWNED = re.compile(
    r"^(?P<lead>\W*(?i:what\s+(?:(?:exactly|actually|really)\s+)?(?:is|was)|what['’]s)\s+)"
    + _OWNER
    + r"(?P<tail>\s*\??)$"
)
_OWNED_INDIRECT = re.compile(r"^(?P<lead>\W*(?i:what)\s+)" + _OWNER + r"\s+(?P<verb>is|was)$")


def owner_after(question: str) -> str:
    """``question`` with "X's ABC" asked as "the ABC in X" when it asks what an abbreviation of X's is."""
    question = question[:300]
    if (found := _OWNED.match(question)) is not None:
        return f"{found.group('lead')}the {found.group('acronym')} in {found.group('owner')}{found.group('tail')}"
    if (found := _OWNED_INDIRECT.match(question)) is not None:
        owned = f"the {found.group('acronym')} in {found.group('owner')}"
        return f"{found.group('lead')}{owned} {found.group('verb')}"
    return question
