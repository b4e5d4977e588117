"""Who asks, told before an ask that carries its own content: "I'm a wedding planner and the florist has cancelled
on a couple. Please draft an apology email to Hannah and Luis telling them the new florist is Petal & Stem and the
price stays the same."

The first sentence says who the user is and what happened to them; the ask says to whom the text goes and what it
tells them ("telling them ...", "saying ...", "that ..."). Read whole, the request is one long instruction that names
no content and is declined as a topic; the opening sentence is no part of the text (the reader would be told about
"a couple" that is themselves). So when, and only when, the ask that follows says what to tell, the opening
sentence is set aside and the ask read alone. An ask that says nothing of its own ("Please write them an email.")
keeps the opening, and is read as before.
"""

from __future__ import annotations

import re

# "I'm a wedding planner", "As a landlord", "We're a small bakery": who asks, then maybe what happened to them.
_WHO = re.compile(
    r"^\s*(?:i'?m|i\s+am|we'?re|we\s+are|as)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?:\s*(?:,|and|but|so)\s+[^.!?]{3,200})?[.!]\s+",
    re.I,
)
# The ask: a writing verb first, then what the text tells, said in its own words.
_ASK = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you|would\s+you|i\s+need\s+you\s+to)\s+)*(?:write|draft|compose|send|email|"
    r"text|prepare|put\s+together)\b",
    re.I,
)
_TELLS = re.compile(r"\b(?:telling|saying|letting\s+\w+\s+know|explaining\s+that|to\s+say|that)\s+\w", re.I)


def without_asker_context(text: str) -> str:
    """``text`` without its opening sentence of who asks, when the ask after it says what to tell; else ``text``."""
    head = text[:2_000]
    found = _WHO.match(head)
    if not found:
        return text
    ask = text[found.end() :]
    if ":" in ask[:300] or not _ASK.match(ask) or not _TELLS.search(ask[:600]) or re.search(r"[.!?]\s+\S", ask[:600]):
        return text  # (a colon hands material over already; a second sentence after the ask is read as it was)
    return ask
