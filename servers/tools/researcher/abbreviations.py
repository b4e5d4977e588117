"""Questions that ask what an abbreviation spells out: "What does DNA stand for?", "What is NATO short for?",
"What's the acronym ISS?", and the same question told inside a request ("look up what DNA stands for")."""

from __future__ import annotations

import re

# "What does DNA stand for?", "What is NATO short for?", "What's the acronym ISS?": the words a question uses to
# ask what an abbreviation spells out, and the abbreviation (a word with two capitals or more, or a short one).
EXPANSION = re.compile(
    r"\b(?:what|wat)\s+(?:does|do|did|is|was|'s)\s+(?:the\s+)?(?:(?:abbreviation|acronym|letters|initials)\s+)?"
    r"(?!(?:it|that|this|they|those|these)\s)(?P<abbr>[A-Za-z][\w.&-]{1,11})\s+"
    r"(?:(?:actually|really|exactly|even|again|officially|originally)\s+)?"  # "What does DNA actually stand for?"
    r"(?:stand|stands|short|mean|an\s+abbreviation|an\s+acronym)\s+for\b"
    r"|\b(?:abbreviation|acronym|initials)\s+(?P<after>[A-Z][\w.&-]{1,11})\b"
    # the question told within a request: "look up what DNA stands for", "find out what NATO is short for"
    r"|\bwhat\s+(?:the\s+)?(?:(?:abbreviation|acronym|letters|initials)\s+)?"
    r"(?!(?:it|that|this|they|those|these|he|she|we|you|i)\s)(?P<told>[A-Za-z][\w.&-]{1,11})\s+"
    r"(?:(?:actually|really|exactly|officially|originally)\s+)?(?:stands|stood|is\s+short|was\s+short)\s+for\b",
    re.I,
)


def expanded(found: re.Match[str]) -> str:
    """The abbreviation an ``EXPANSION`` match asks about."""
    return found.group("abbr") or found.group("after") or found.group("told") or ""
