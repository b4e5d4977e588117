"""What a prize was given for: "Einstein won his Nobel Prize for the theory of relativity" is decided by a note
that says what the prize was for ("His Nobel Prize in Physics ... was for explaining the photoelectric effect,
not for relativity").

A claim names a holder (a capitalized name), a prize ("his Nobel Prize", "an Oscar", "the Fields Medal") and
what it was for. A sentence of a note on the holder that names the same prize and says it was "not for" the
claimed reason contradicts the claim; one that says it was "for" the claimed reason supports it. A sentence that
names another reason without denying the claimed one decides nothing: a prize can be given for several things.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.vocabulary import terms
from servers.tools.summarizer.sentences import split_sentences

MAX_TEXT = 4_000
_PRIZE_WORDS = r"(?i:prize|award|medal|oscar|grammy|emmy|trophy)"
_CLAIM = re.compile(
    r"^(?P<holder>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+"
    r"(?:won|got|received|earned|was\s+awarded|was\s+given)\s+(?:his|her|their|the|a|an)\s+"
    r"(?P<prize>(?:[\w'’-]+\s+){0,3}?" + _PRIZE_WORDS + r")(?:\s+in\s+[A-Za-z]{3,20})?\s+"
    r"for\s+(?P<reason>[^,;:.!?]{3,120})$"
)
# A reason a sentence gives, or denies, for what it speaks of: "was for explaining the photoelectric effect",
# "not for relativity".
_FOR = re.compile(r"\b(?P<negated>not\s+)?for\s+(?P<reason>[^,;:.!?]{3,120})", re.I)
Stance = Literal["supports", "contradicts"]


@dataclass(frozen=True, slots=True)
class Award:
    holder: frozenset[str]  # "einstein"
    prize: frozenset[str]  # {"nobel", "prize"}
    reason: frozenset[str]  # {"theori", "relativ"}
    said: str  # the reason as the claim words it: "the theory of relativity"


def claimed_award(claim: str) -> Award | None:
    """The prize a claim says someone won, and what for; None for any other claim."""
    found = _CLAIM.match(claim.strip().rstrip(".!?")[:MAX_TEXT])
    if found is None:
        return None
    holder, prize = frozenset(terms(found["holder"], subject=True)), frozenset(terms(found["prize"]))
    reason = frozenset(terms(found["reason"]))
    if not holder or not prize or not reason:
        return None
    return Award(holder, prize, reason, found["reason"].strip())


def award_said(award: Award, title: str, text: str) -> tuple[str, Stance, str] | None:
    """(sentence, stance, why) for the sentence of a note on the holder that says what the prize was for, when it
    gives or denies the claimed reason; None when the note names neither."""
    if not award.holder <= frozenset(terms(f"{title} {text[:MAX_TEXT]}", subject=True)):
        return None
    given: tuple[str, Stance, str] | None = None
    for sentence in split_sentences(text[:MAX_TEXT]):
        if not award.prize <= frozenset(terms(sentence)):
            continue
        for reason in _FOR.finditer(sentence):
            said = frozenset(terms(reason["reason"]))
            if not said or not (said <= award.reason or award.reason <= said):
                continue
            if reason["negated"]:
                return sentence, "contradicts", f"the passage says it was not for {reason['reason'].strip()}"
            given = given or (sentence, "supports", f"the passage says it was for {reason['reason'].strip()}")
    return given
