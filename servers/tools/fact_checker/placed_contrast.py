"""A contrast said right after a claim's subject, moved to the end where the claim's own words end.

"Ottawa, not Toronto, is the capital of Canada" claims what "Ottawa is the capital of Canada, not Toronto" claims:
the subject, set against another thing, then what is said of it. The clause reader reads a trailing ", not X" as
a clause of its own that keeps its "not", so the contrast is moved there and both halves are checked; left where it
was, it splits the subject from its verb and the sentence reads as no claim at all.

Every regex here is linear: bounded word runs, no nested quantifiers.
"""

from __future__ import annotations

import re

_SET_AGAINST = re.compile(
    r"^(?P<subject>[^,]{1,80}?),\s+(?P<contrast>not\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+),\s+"
    r"(?P<rest>(?:is|are|was|were|has|have|had|did|does|do|will|can|could|lies|stands|flows|runs|comes|came)\b.+?)"
    r"(?P<stop>[.!?]*)$",
    re.I | re.S,
)


def contrast_last(claim: str) -> str:
    """``claim`` with a contrast set after its subject ("A, not B, is C") moved to its end ("A is C, not B")."""
    found = _SET_AGAINST.match(claim.strip())
    if found is None:
        return claim
    subject, contrast, rest = found.group("subject", "contrast", "rest")
    return f"{subject} {rest}, {contrast}{found.group('stop')}"
