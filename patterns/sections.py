"""Sections: the part of a handed-over text a request names ("the history section", "the opening chapter").

"Summarize the history section from the walking tour leaflet: <text>" asks for a summary of a text. "History"
names what that part of the text is about, not the work asked: read as a topic it pulled the request to the
researcher, whose card explains history. When the request hands its text over, the part it names is said plainly
("the section"), as ``reading`` says "this letter" as "this text": what is asked of it is in the verb.
Bounded: one pattern over the instruction, which is short.
"""

from __future__ import annotations

import re

# "the history section", "the opening two paragraphs", "my methods chapter": up to two words before the part's name
_NAMED_PART = re.compile(
    r"\b(the|this|that|my|our|your)\s+(?:[\w'-]+\s+){1,2}?(sections?|chapters?|paragraphs?|passages?)\b",
    re.IGNORECASE,
)


def plain_sections(instruction: str) -> str:
    """``instruction`` with the parts of a text it names said plainly ("Summarize the history section" ->
    "Summarize the section")."""
    return _NAMED_PART.sub(lambda found: f"{found.group(1)} {found.group(2)}", instruction)


__all__ = ["plain_sections"]
