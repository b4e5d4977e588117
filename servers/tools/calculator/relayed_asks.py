"""A question relayed for someone else, told as what they want rather than asked: 'An Aussie bloke asks the size of
my station in acres. It's 320 hectares, 1 ha = 2.471 acres. To the nearest acre.', 'American customer wants the
saree length in yards. Saree is 6.3 metres ...'.

The opening sentence names the unit the answer is wanted in and asks nothing itself; the figures come after it. It
is read as the question it relays, 'How many acres?', put after the last sentence that gives a figure (so a closing
'To the nearest acre.' or 'Two decimals.' still closes the request), and the request is then read in full again.
"""

from __future__ import annotations

import re

_RELAYED = re.compile(
    r"^\s*(?P<lead>[^.?!\n]{0,80}?\b(?:asks?|asked|asking|wants?|wanted|needs?|would\s+like)\s+(?:to\s+know\s+)?"
    r"(?:for\s+)?(?:the|my|our|his|her|their|its|a)?\s*(?:[\w'-]+\s+){0,6}?in\s+(?P<unit>[a-z]{2,12})\s*[.!]+)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_SENTENCE = re.compile(r"(?:[^.?!]|[.?!](?=\S))+(?:[.?!]+|$)")  # not at a decimal point ('6.3 metres')
_FORMAT = re.compile(r"\b(?:decimals?|nearest|round(?:ed)?|places?|dp)\b", re.IGNORECASE)


def as_question(text: str) -> str | None:
    """``text`` with its opening relayed wish read as the question 'How many <unit>?', or None when it opens with
    none, or asks a question of its own."""
    if len(text) > 400 or "?" in text:
        return None
    found = _RELAYED.match(text)
    if found is None:
        return None
    sentences = [s.strip() for s in _SENTENCE.findall(found["rest"]) if s.strip()]
    given = [k for k, s in enumerate(sentences) if re.search(r"\d", s) and not _FORMAT.search(s)]
    if not given:
        return None
    at = given[-1] + 1
    sentences.insert(at, f"How many {found['unit'].lower()}?")
    return " ".join(s if s[-1] in ".?!" else s + "." for s in sentences)
