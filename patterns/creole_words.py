"""Function words as the Creoles of the Caribbean say them: "Work out di total den write booking confirmation to
Jessica wid di amount", "Summarize dis an den write a short note to di boat captains". "dis", "di", "dat", "wid",
"fi", "wah" are "this", "the", "that", "with", "for", "what", and "den" before an order is "then"; read so, the
request splits into its steps, and points at its material, as the same request in standard spelling does.

Read only in a request that says two or more of these words: one alone may be a word of its own ("Lady Di", "the
lion's den"). "den" is read only before a verb that orders a job ("den write", "an den send"). Linear: plain
alternations, no nested repeats.
"""

from __future__ import annotations

import re

_STANDARD = {"dis": "this", "di": "the", "dat": "that", "wid": "with", "fi": "for", "wah": "what"}
_WORDS = re.compile(r"\b(?:dis|di|dat|wid|fi|wah)\b", re.IGNORECASE)
_ORDERS = (
    r"write|send|make|draft|tell|give|put|turn|summari[sz]e|check|work|calculate|add|review|look|find|email|text|post"
)
_DEN = re.compile(rf"\b(?:(?P<and>an|and)\s+)?den\s+(?=(?:{_ORDERS})\b)", re.IGNORECASE)
_LEAST = 2


def standard_words(text: str) -> str:
    """``text`` with the Creole function words read in standard spelling, when it says at least two of them."""
    said: set[str] = {m.group().lower() for m in _WORDS.finditer(text)}
    if _DEN.search(text):
        said.add("den")
    if len(said) < _LEAST:
        return text
    text = _DEN.sub(lambda m: "and then " if m.group("and") else "then ", text)
    return _WORDS.sub(lambda m: _cased(m.group(), _STANDARD[m.group().lower()]), text)


def _cased(said: str, word: str) -> str:
    return word.capitalize() if said[:1].isupper() else word


__all__ = ["standard_words"]
