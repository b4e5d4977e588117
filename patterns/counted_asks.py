"""Counted asks: a number that says how many of a thing to make is no figure to work on.

"Summarise this and give me three keywords: <text>" asks for keywords of the text; "three" says how many, as "in
two sentences" or "5 bullet points" do. A clause with a figure of its own and no word pointing at the text asks
nothing of it ("Summarize this complaint and also work out 15% of 80: <text>"), but one whose only number counts
the pieces of text it makes ("three keywords", "2 hashtags", "five bullet points") still works on the text.
"""

from __future__ import annotations

import re

from patterns.forms import has_number

SCAN = 300
"""Only this much of a clause is read."""

# A count and the pieces of text it counts: "three keywords", "5 bullet points", "two short headlines".
_COUNTED = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few)\s+"
    r"(?:(?:short|key|main|quick|catchy|good|possible)\s+)?"
    r"(?:key\s?words?|bullet(?:\s+points?|s)?|points?|sentences?|lines?|words?|tags?|hashtags?|headlines?|titles?"
    r"|takeaways?|questions?|themes?|topics?|phrases?|quotes?|paragraphs?|options?|ideas?)\b",
    re.IGNORECASE,
)


def counts_what_it_makes(clause: str) -> bool:
    """Whether every number in ``clause`` counts the pieces of text it asks for ("give me three keywords"), so
    the clause has no figure of its own to work on."""
    head = clause[:SCAN]
    return _COUNTED.search(head) is not None and not has_number(_COUNTED.sub(" ", head))


__all__ = ["counts_what_it_makes"]
