"""Informal words a professional or formal text does not keep: slang for broken things, "loads of", "till".

Politeness (``politeness``) takes out what is rude; this module takes out what is merely casual, for the tones
that ask for more than civility. A word with a plain equivalent that keeps the meaning is replaced ("busted" ->
"broken", "till" -> "until"); a word with none ("sucks", "ain't") is left for the final gate, which declines a
professional text that still says it, rather than guess what the writer meant.
"""

from __future__ import annotations

import re

# "till" the word, not the noun: "until Friday", never "the till is broken"
_TILL = r"(?<!\bthe )(?<!\ba )(?<!\bcash )(?<!\bshop )\b(?:till|til|'til)\b"
# "messed up" said of what the writer did ("we messed up", "I've screwed up"), not of what happened to a thing
_OWN_SLIP = (
    r"(?:(?<=\bwe\s)|(?<=\bI\s)|(?<=\bwe've\s)|(?<=\bI've\s)|(?<=\bhave\s))(?:messed|screwed|mucked|fouled)\s+up\b"
)
# Applied in order before the shared slang rules (``tone._SLANG``): a line opened by "yeah so" loses both.
INFORMAL_RULES: list[tuple[str, str]] = [
    (r"^(?:yeah|yep|yup|ok|okay)(?:,\s*|\s+so\b,?\s*)|^so,\s+", ""),
    (r"\b(?:busted|borked|kaput|knackered)\b", "broken"),
    (r"\b(?:totally\s+|completely\s+)?(?:wrecked|trashed)\b", "badly damaged"),
    (r"\b(?:loads|tons|heaps)\s+of\b|\ba\s+(?:ton|load|bunch)\s+of\b", "plenty of"),
    (r"\btho\b", "though"),
    (_TILL, "until"),
    (r"\bkids\b", "children"),
    (r"\by'?all\b", "everyone"),
    (r"\bno worries\b", "no problem"),
    # The writer's own slip, said plainly: "we messed up the delivery date" -> "we made an error with the delivery
    # date"; only after "I" or "we", so "the order got messed up" is left for the gate to decline.
    (_OWN_SLIP + r"(?=\s+(?:the|your|our|my|this|that|these|those|a|an)\b)", "made an error with"),
    (_OWN_SLIP, "made a mistake"),
    (r"\b(?:so\s+)?sorry about (?:that|this)\b", "apologies for this"),
]
# Casual words with no plain equivalent that keeps the meaning offline: a professional text that says one is
# declined, not guessed at.
_NO_EQUIVALENT = (
    r"sucks?|sucked|ain'?t|crap|crappy|pissed(?:\s+off)?|messed\s+up|mucked\s+up|freaking\s+out|screwed|dodgy|"
    r"sketchy|meh|no biggie|"
    r"whatevs|gonna|wanna|gotta|kinda|sorta|yeah|yep|nope|guys|dude|bro"
)
_MARKERS = re.compile(
    rf"\b(?:busted|borked|kaput|knackered|wrecked|trashed|loads of|tons of|heaps of|a bunch of|tho|y'?all|"
    rf"{_NO_EQUIVALENT})\b|{_TILL}",
    re.I,
)


def informal_markers(text: str) -> list[str]:
    """The casual words still in ``text`` that a professional or formal text would not say."""
    return [found.group() for found in _MARKERS.finditer(text[:40_000])]
