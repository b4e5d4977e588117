"""Made texts: a part that asks for a text to be made from points it is handed.

A writer asked for "a tweet from the summary" or "a text to my landlord: the boiler has been broken since
Monday" makes the text of those points. Offline it keeps every point as given, so the text it makes can read
word for word as the points it was handed; that is the text asked for, not a part handed back undone
(``patterns.echoes``). Only a part that names the kind of text to make counts: "Translate this", "make this
friendlier" or a bare sentence handed back unchanged are still undone.
"""

from __future__ import annotations

import re

from patterns.clauses import split_material
from patterns.forms import works_on_material, works_on_numbers
from patterns.jobs import names_text_to_write
from patterns.worker import Worker

SCAN = 400
"""Only the opening of an instruction is read."""

# What leads into the order to write: "then", "and", "now", "use the summary to", "using that,", "based on it,".
_LEAD_IN = re.compile(
    r"^(?:(?:and|then|now|next|also|so)\b[\s,]*)*"
    r"(?:(?:use|take)\s+(?:that|this|it|them|those|these|(?:the|your|my)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:to|and)\s+"
    r"|(?:using|from|with|based\s+on)\s+(?:that|this|it|them|(?:the|your)\s+[a-z]+)\s*,\s*)?",
    re.IGNORECASE,
)


def asks_for_a_made_text(instruction: str) -> bool:
    """Whether ``instruction`` asks for a named kind of text to be made ("Write a tweet from it", "Use the
    summary to write a short post for our followers", "Could you draft a text to my landlord")."""
    head = split_material(instruction[:SCAN])[0].strip()
    if names_text_to_write(head):
        return True
    lead = _LEAD_IN.match(head)
    return lead is not None and lead.end() > 0 and names_text_to_write(head[lead.end() :])


def makes_text_from_points(worker: Worker, instruction: str) -> bool:
    """Whether ``worker`` (one that neither reads a given text nor works on numbers: a writer) is asked by
    ``instruction`` to make a named kind of text, so the points it is handed may be its text word for word."""
    return not works_on_material(worker) and not works_on_numbers(worker) and asks_for_a_made_text(instruction)


__all__ = ["asks_for_a_made_text", "makes_text_from_points"]
