"""Anger said of oneself, said as disappointment: "I am FURIOUS that nobody told us" in a toned-down text.

A text asked to be polite, friendly or professional keeps what the writer feels about what happened, but not the
heat: "I'm furious that ...", "We are absolutely livid about ..." become "I'm disappointed that ...", "We're
disappointed about ...". Only anger said of the writer ("I", "we") is changed; what follows it (what went wrong)
is kept word for word.
"""

from __future__ import annotations

_ANGRY = (
    r"(?:furious|livid|fuming|outraged|incensed|seething|raging|enraged|irate|appalled|disgusted|so angry|"
    r"really angry|very angry|angry|sick and tired|fed up)"
)
_DEGREE = r"(?:(?:so|really|absolutely|totally|completely|utterly|very|beyond|quite|extremely)\s+)?"

# Each rule is a pattern and the words said instead, as ``tone``'s rules are.
ANGER_RULES: list[tuple[str, str]] = [
    (rf"\bI(?:'m|\s+am)\s+{_DEGREE}{_ANGRY}\b", "I'm disappointed"),
    (rf"\bwe(?:'re|\s+are)\s+{_DEGREE}{_ANGRY}\b", "we're disappointed"),
    (rf"\bI\s+was\s+{_DEGREE}{_ANGRY}\b", "I was disappointed"),
    (rf"\bwe\s+were\s+{_DEGREE}{_ANGRY}\b", "we were disappointed"),
]
