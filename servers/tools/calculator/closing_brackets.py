"""A remark in brackets after the question: 'How many litres do I need? (not bothering about the doors)'.

Said last, the remark is read as the question's sentence, and the question is lost. It says something of the story
('not bothering about the doors', 'ignoring the skirting'), so the request is read again with it at the end of the
sentence before the question, where a remark of the story is said; a remark with a figure or a question in it is
left as it was. The readers must still place every word of it, so a remark that changes the sum declines as before.
"""

from __future__ import annotations

import re

_CLOSING = re.compile(r"\?\s*\(([^()?0-9£$€¥₹%]{1,80})\)\s*[.!]?\s*$")
_ASKING = re.compile(r"\b(?:how|what|which|when|why|cost|costs|price|also)\b", re.IGNORECASE)


def before_question(text: str) -> str | None:
    """``text`` with a closing bracketed remark moved to the end of the sentence before the question; else None."""
    closing = _CLOSING.search(text)
    if closing is None or _ASKING.search(closing[1]):
        return None
    asked = closing.start()
    before = max(text.rfind(".", 0, asked), text.rfind("!", 0, asked))
    if before < 0 or not text[:before].strip():
        return None
    return f"{text[:before]} ({closing[1].strip()}){text[before : asked + 1]}"
