"""Named texts: a shortening asked of a text named as someone's, before the text itself.

"Could you pull out the key points from their tech spec? The venue holds 350 standing. The house PA is ...": the
question names a text ("their tech spec") and asks it shortened; the sentences after it state, and ask nothing: they
are that text. Read apart, they went to a worker as a job of their own and the question to the summarizer with
nothing to shorten. The user's own text ("my notes", ``material.OWN_TEXT``) was read so already; a text of someone
else's ("their brochure", "the landlord's letter", "his essay") is read the same way, when the question asks for it
shortened. A text only named in a question about the world ("What's in the landlord's letter about repairs?") or a
text to write ("Write their newsletter") points at nothing that follows.
"""

from __future__ import annotations

import re

from patterns.material import MATERIAL_NOUNS

SCAN = 300
"""Only this much of an instruction is read."""

# Texts a user hands over by their kind, beyond ``material.MATERIAL_NOUNS`` (the texts of an event, a venue, a job).
_HANDED_KINDS = frozenset(
    """spec specs specification brochure handout newsletter minutes notes terms rules guidance guidelines
    instructions brief briefing bulletin agenda itinerary rider bio summary notice letter speech review reviews
    listing description update""".split()
)
# longest first, and in the same order at every start (a set's order changes with the process's hash seed)
_KINDS = "|".join(sorted(MATERIAL_NOUNS | _HANDED_KINDS, key=lambda kind: (-len(kind), kind)))
# "their tech spec", "the landlord's letter", "his essay", "the venue's house rules": someone's text, named
_SOMEONES_TEXT = re.compile(
    rf"\b(?:their|his|her|your|the\s+[a-z-]+(?:'s|s'|\u2019s))\s+(?:[a-z'-]+\s+){{0,2}}(?:{_KINDS})\b",
    re.IGNORECASE,
)
# asking a text shortened: the verb, or the product named ("the key points from", "the gist of")
_SHORTENING = re.compile(
    r"\b(?:summar(?:ise|ize|y)|condense|shorten|sum\s+up|boil\s+down|key\s+points|main\s+points|gist|tl;?\s?dr"
    r"|recap|highlights|takeaways|cliff\s*notes|short\s+version)\b",
    re.IGNORECASE,
)


def shortens_someones_text(instruction: str) -> bool:
    """Whether ``instruction`` asks for a text it names as someone's shortened, without carrying it ("Could you
    pull out the key points from their tech spec?", "Give me the gist of the landlord's letter?")."""
    head = instruction[:SCAN]
    return _SHORTENING.search(head) is not None and _SOMEONES_TEXT.search(head) is not None


__all__ = ["shortens_someones_text"]
