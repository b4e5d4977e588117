"""Finding claims in text and putting a claim in a form that can be checked.

A checkable claim is a declarative sentence that asserts something about the world: it names a date or number,
a named thing, or states what something is, was, did or does. Opinions ("I think", "the best"), instructions
and questions are not claims; a question that wraps a claim ("Is it true that X?") is unwrapped to X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.summarizer.sentences import split_sentences

_FRAMING = re.compile(
    r"^(?:(?:please\s+)?(?:fact[- ]?check|verify|check|confirm|validate|debunk|evaluate|assess)"
    r"(?:\s+(?:this|the|that|whether|if|claim|statement|quote|fact|for me))*"
    r"\s*(?:that\b)?[:\s-]*|"
    r"(?:is it|was it|isn't it)\s+(?:true|false|a myth|a fact|correct|right)\s+(?:that\s+)?|"
    r"(?:is|was)\s+(?:it\s+)?(?:really\s+)?true\s+(?:that\s+)?|"
    r"(?:did you know|do you know|i heard|i read|someone told me|people say|they say)\s+(?:that\s+)?|"
    r"(?:true or false|myth or fact|fact or myth|fact or fiction)\s*[:?,-]?\s*|"
    r"(?:how true is it|how accurate is it)\s+that\s+)",
    re.I,
)
_QUOTE_CHARS = "\"'“”‘’"
_OPINION = re.compile(
    r"\b(?:i think|i believe|i feel|in my opinion|imo|should|ought to|best|worst|beautiful|ugly|"
    r"favou?rite|amazing|awesome|terrible|love|hate)\b",
    re.I,
)
_ASSERTION = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|can|cannot|never|always|only|first|invented|built|"
    r"founded|discovered|completed|created|wrote|said|died|born|won|sank|landed|fell|opened|released|"
    r"began|became|contains?|causes?|uses?|makes?|visible|strikes?|stunts?|\w{3,}ed)\b",
    re.I,
)
_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_NAMED = re.compile(r"\b[A-Z][a-z]+")


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement and why it was judged checkable."""

    text: str
    kind: str  # "numeric" (a date or number), "named" (a named entity), or "general"


def normalize_claim(text: str) -> str:
    """The statement inside a request: framing ("Is it true that", "Fact-check:"), quotes and the question
    mark removed. "Did Einstein fail math?" becomes "Einstein fail math", enough for evidence matching."""
    claim = " ".join(text.split())
    for _ in range(3):  # framing can nest: "Fact check: is it true that ..."
        stripped = _FRAMING.sub("", claim, count=1).strip()
        if stripped == claim:
            break
        claim = stripped
    claim = claim.strip().strip(_QUOTE_CHARS).strip()
    claim = re.sub(r"^(?:did|does|do|is|are|was|were|can|has|have)\s+(?=\S)", "", claim, flags=re.I)
    claim = claim.rstrip("?!. ").strip(_QUOTE_CHARS).strip()
    return claim[:1].upper() + claim[1:] if claim else claim


def is_checkable(sentence: str) -> str | None:
    """The claim kind when ``sentence`` asserts something checkable, else None."""
    if sentence.rstrip().endswith("?") and not _FRAMING.match(sentence):
        return None
    if _OPINION.search(sentence) or len(sentence.split()) < 3:
        return None
    if _NUMBER.search(sentence):
        return "numeric"
    if _NAMED.search(sentence) and _ASSERTION.search(sentence):
        return "named"
    if _ASSERTION.search(sentence):
        return "general"
    return None


def extract_claims(text: str) -> list[Claim]:
    """Every checkable claim in ``text``, in order, each normalized; repeats are listed once."""
    claims: dict[str, Claim] = {}
    for sentence in split_sentences(text):
        kind = is_checkable(sentence)
        if kind is None:
            continue
        claim = normalize_claim(sentence)
        if claim and claim.casefold() not in claims:
            claims[claim.casefold()] = Claim(claim, kind)
    return list(claims.values())
