"""What a polish fixes in a quick first-person post before the tone is set: "so excited to say i have joined
Northwind, first day was great, thanks to everyone who helped".

A post typed in a hurry drops its subject ("So excited to say ..." for "I'm so excited to say ..."), writes "i"
for "I", and splices its sentences with commas. Polished, the dropped "I'm" is said, "i" is "I", a writer's own
"first day" is "my first day", and a comma before a new sentence of thanks or of the writer's own news ends the
sentence. Only the writer is supplied as the subject, and only in a text that speaks as them ("I", "my").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "i", "i'm", "i've" on their own; never "i.e.", "(i)" or a letter in a word
_LOWER_I = re.compile(r"(?<![\w(.'\u2019-])i(?=(?:['\u2019](?:m|ve|ll|d))?(?:[ \t,;:!?]|$))")
_DROPPED_I_AM = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<how>(?:so|really|very|super|absolutely|incredibly)\s+)?"
    r"(?P<feeling>excited|thrilled|delighted|happy|proud|pleased|honoured|honored)\s+(?=to\s)",
    re.I | re.M,
)
_OWN_FIRST = re.compile(r"(?:^|(?<=[.!?,] ))first\s+(?=(?:day|week|month|shift)\s+(?:was|has been|went)\b)", re.I)
# ", first day was great", ", thanks to everyone": a new sentence spliced on with a comma
_SPLICE = re.compile(r",\s+(?=(?:my first|first|thanks|thank you|big thanks|huge thanks)\b)", re.I)
_SPEAKS_AS_WRITER = re.compile(r"\b(?:i|i'm|i've|my|me)\b", re.I)
_SPEAKS_AS_US = re.compile(r"\b(?:we|we're|we've|our|us)\b", re.I)


def proofed(text: str, log: Callable[[str, str], None]) -> str:
    """``text`` with a hurried post's slips fixed (see the module docstring); unchanged when it has none."""
    if not _SPEAKS_AS_WRITER.search(text) and not _DROPPED_I_AM.search(text):
        return text
    fixed = _LOWER_I.sub("I", text)
    # "proud to announce our new CEO" speaks for "us": "We're proud to ...", never "I'm" for a team
    who = "We're" if _SPEAKS_AS_US.search(text) and not _SPEAKS_AS_WRITER.search(text) else "I'm"
    fixed = _DROPPED_I_AM.sub(lambda m: f"{who} {(m.group('how') or '').lower()}{m.group('feeling').lower()} ", fixed)
    fixed = _SPLICE.sub(". ", fixed)
    fixed = _OWN_FIRST.sub("my first ", fixed)
    fixed = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), fixed)
    if fixed != text:
        log(text, fixed)
    return fixed
