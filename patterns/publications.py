"""Publications: "Describe the new opening hours for our residents' newsletter" asks for a text to print.

Describing or explaining something for a place people read ("for our residents' newsletter", "for the parish
magazine", "for the café's Facebook page") is writing a piece for it, the writer's job: the researcher explains
how the world is, not copy for a newsletter. ``published_head`` says such an instruction as the writing it asks
for, so the router reads its verb that way; "Describe how photosynthesis works" names no publication and keeps
its reading, and so does an instruction with any other verb ("Summarize this for our newsletter: ...").
"""

from __future__ import annotations

import re

SCAN = 300
"""Only this much of an instruction is read."""

_DESCRIBING = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you|would\s+you)\s+)*(?:describe|explain|introduce|present|cover|profile)\b",
    re.IGNORECASE,
)
_PUBLICATION = re.compile(
    r"\bfor\s+(?:our|the|my|a|their)\s+(?:[\w'\u2019-]+\s+){0,2}(?P<where>newsletter|magazine|website|web\s+page"
    r"|noticeboard|notice\s+board|facebook\s+page|instagram|blog|bulletin|leaflet|flyer|intranet|brochure"
    r"|programme|program|parish\s+news)\b",
    re.IGNORECASE,
)


def published_head(instruction: str) -> str | None:
    """ "Describe X for our newsletter" said as the writing it asks for ("Write a piece for our newsletter");
    ``None`` for an instruction that describes for no publication, or does something else."""
    head = instruction.strip()[:SCAN]
    if _DESCRIBING.match(head) is None:
        return None
    found = _PUBLICATION.search(head)
    return None if found is None else f"Write a piece {found.group(0)}"


__all__ = ["published_head"]
