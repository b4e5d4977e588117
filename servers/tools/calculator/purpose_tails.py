"""Who an answer in another unit is for: 'he wants it in cm for his buddies back home', 'give me that in kg for the
vet'.

A conversion asked 'in <unit>' may end on why it is wanted: 'for' and a possessive or an article, then a few words
naming who or what it is for. Such a tail is set aside, and the request read again without it, only when it can
change nothing: it comes right after the asked unit and ends the request, and it says no number, no unit, no
person counted, no system of measures ('for the American vet': a US pint?) and no word that could change the
arithmetic (``asides.CHANGES``, ``conversion_stories.CHANGING``). 'in cm for each of the 3 boys'
or 'in kg for both bags' keeps its words and is read (or declined) as said.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.conversion_stories import CHANGING
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_WHOSE_WORDS = frozenset("his her my our their your the a an".split())
_ASKING = frozenset({"in", "into", "to"})
_MAX_WORDS = 8
_ENDS = frozenset({".", "!", "?", ""})
_PLACES = (("back", "home"), ("at", "home"), ("over", "there"))
"""Where the people it is for are: a place, not a return trip ('back') or a count."""


def without_purpose(text: str, tokens: list[Token]) -> str | None:
    """``text`` without a closing 'for <whom>' after its asked unit, or None when it has none that changes nothing."""
    for k in range(2, len(tokens) - 2):
        if tokens[k].word != "for" or tokens[k + 1].word not in _WHOSE_WORDS:
            continue
        unit = tokens[k - 1]
        if unit.kind != "word" or lookup(unit.word) is None or tokens[k - 2].word not in _ASKING:
            continue
        if _inert_to_end(tokens, k + 2):
            return text[: tokens[k].start].rstrip(" ,")
    return None


def _inert_to_end(tokens: list[Token], j: int) -> bool:
    words = 0
    while tokens[j].kind != "end":
        if tokens[j].text in _ENDS and all(t.text in _ENDS for t in tokens[j:]):
            return True
        place = next((p for p in _PLACES if [t.word for t in tokens[j : j + len(p)]] == list(p)), None)
        if place is not None:
            j += len(place)
            continue
        token = tokens[j]
        if token.kind != "word" or not token.word.isalpha() or words >= _MAX_WORDS:
            return False
        if token.word in CHANGES | CHANGING or token.word in PEOPLE or lookup(token.word, short=False) is not None:
            return False
        words += 1
        j += 1
    return words > 0
