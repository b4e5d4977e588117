"""Standard conditions: a boiling or freezing point is the one at sea-level pressure unless a note says otherwise.

A reference states that "pure water freezes at 0 degrees Celsius" and means at standard atmospheric pressure,
so a claim that adds the standard condition in any wording ("at standard atmospheric pressure", "at sea level",
"under normal conditions", "at 1 atm", "at STP") says no more than the plain statement, and is judged as that
statement. Only a claim about a change of state or a temperature is read so: "the air pressure at sea level"
names what it measures, and is left as written.

The other side of it: a passage that states a point under another condition ("at the top of Mount Everest it
boils at only about 70 degrees", "salt lowers its freezing point") says nothing about the standard one, so it
is no evidence on a claim made at standard conditions.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from typing import Literal

Condition = Literal["standard", "another", ""]

MAX_TEXT = 2_000
_STANDARD = re.compile(
    r",?\s*\b(?:at|under|in)\s+(?:"
    r"(?:standard|normal|ordinary|usual|average)\s+(?:atmospheric\s+|air\s+|sea[- ]level\s+)?(?:pressure|conditions)"
    r"|(?:standard\s+)?temperature\s+and\s+pressure|STP"
    r"|sea[- ]level(?:\s+pressure)?"
    r"|(?:one|1)\s+(?:standard\s+)?(?:atmosphere|atm|bar)"
    r")\b",
    re.I,
)
_CHANGE_OF_STATE = re.compile(
    r"\b(?:boil|freez|froze|melt|evaporat|condens|thaw|solidif)[a-z]{0,8}\b|\bdegrees\s+(?:Celsius|Fahrenheit)\b",
    re.I,
)
_OFF_STANDARD = re.compile(
    r"\b(?:at|on)\s+(?:high\s+)?altitudes?\b|\bat\s+the\s+top\s+of\b|\bon\s+(?:top\s+of|a\s+mountain)\b"
    r"|\b(?:low|lower|reduced|high|higher)\s+(?:air\s+)?pressures?\b|\bpressure\s+(?:falls|drops|rises)\b"
    r"|\bpressure\s+cooker\b|\bdissolv[a-z]{0,4}\s+salt\b|\bsalt(?:y|ed)?\s+water\b",
    re.I,
)


def at_standard(claim: str) -> tuple[str, Condition]:
    """``claim`` without a standard condition it names, and the condition it is made under: "Water freezes at 0
    degrees Celsius at sea level" → ("Water freezes at 0 degrees Celsius", "standard"); "Water boils at 100
    degrees Celsius at high altitude" is made under "another"; a claim that is no change of state nor a
    temperature, or names no condition, comes back as it is with ""."""
    text = claim[:MAX_TEXT]
    if not _CHANGE_OF_STATE.search(text):
        return claim, ""
    if _OFF_STANDARD.search(text):
        return claim, "another"
    if not _STANDARD.search(text):
        return claim, ""
    return " ".join(_STANDARD.sub("", text).split()), "standard"


def speaks_to(condition: Condition, passage: str) -> bool:
    """Can ``passage`` be evidence on a claim made under ``condition``? A passage under another condition
    (altitude, low pressure, salt in the water) says nothing about the standard one, and a passage under none
    says nothing about another: "boils at 100 degrees at sea level" is no evidence on the boiling point at
    altitude."""
    if not condition:
        return True
    return bool(_OFF_STANDARD.search(passage[:MAX_TEXT])) == (condition == "another")
