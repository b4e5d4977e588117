"""Where the text goes, said before the ask: "For the café blackboard, write a short announcement: ...".

People often name the place or the reader first and ask after a comma: "For the staff room, write a short notice:
...", "For our newsletter, could you draft a paragraph: ...". Read as it is typed, the instruction opens with no
writing verb, so the kind of text is not recognised and the opening words end up in the text ("The staff room,
write a short notice: ..."). ``destination_last`` moves the phrase to where an instruction usually has it ("Write a
short notice for the staff room: ..."), so every reading after it sees an ordinary instruction.

Only an opening "For <phrase>," directly followed by a writing verb, with the instruction ending in a colon that
hands over the material, is moved; "For example," and the like introduce no destination and are left alone.
"""

from __future__ import annotations

import re

# "For the café blackboard, write ...", "For our newsletter, can you draft ...": a short phrase, then the ask.
_DESTINATION_FIRST = re.compile(
    r"^\W*for\s+(?P<destination>[^,:;.!?\n]{2,60}?)\s*,\s*"
    r"(?P<ask>(?:(?:please|can you|could you|would you)\s+)*(?:write|draft|compose|create|prepare|put together|"
    r"make|come up with|give me|do|rewrite|re-write|rephrase|reword|polish|shorten|trim|edit|turn)\b[^:\n]{1,200})"
    r"(?P<rest>:\s.*)$",
    re.I | re.S,
)
# Openings that introduce no place or reader: "For example, write ...", "For now, ...".
_NO_DESTINATION = re.compile(
    r"^(?:example|instance|now|once|today|tomorrow|the record|reference|context|what it'?s worth|starters|"
    r"a start|the moment|me|us|this|that|it)\b",
    re.I,
)


def destination_last(text: str) -> str:
    """``text`` with an opening "For <place or reader>, <ask>: ..." read as "<Ask> for <place or reader>: ...";
    any other text is returned as it is."""
    found = _DESTINATION_FIRST.match(text)
    if found is None or _NO_DESTINATION.match(found["destination"]):
        return text
    ask = found["ask"].rstrip()
    return f"{ask[:1].upper()}{ask[1:]} for {found['destination'].strip()}{found['rest']}"
