"""A claim handed to the researcher to check, read as the question of what the notes say about it.

"Claim: the adult human body has 206 bones.", "Check this claim: Einstein won his Nobel Prize for the theory of
relativity.", "Water boils at 90 degrees Celsius at sea level - is that right?": the words of the check ("Claim:",
"is that right?") name nothing to look up, and the figure claimed is the very thing in doubt, so a note that gives
another figure ("boils at 100 degrees Celsius") must still be found. The claim is read without its frame and
without its figures, and the passage that answers it is returned with its source; the user compares the two (the
fact checker gives the verdict). A request with no such frame is left as it is.

Every regex here is linear: alternations of fixed words and bounded runs.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.reports import passes_on, reported_claim

_FRAME = re.compile(
    r"^\W*(?:(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:check|verify|fact[- ]?check|confirm)"
    r"(?:\s+(?:this|the|that|a))?(?:\s+(?:claim|statement|fact))?\s*[:,-]\s*"
    r"|(?:the\s+)?(?:claim|statement)\s*:\s*|true\s+or\s+false\s*[:?,-]\s*"
    r"|is\s+it\s+(?:really\s+)?true\s+(?:that\s+)?)",
    re.I,
)
_TAG = re.compile(
    r"(?:\s*[-–—,]?\s*is\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|so)"
    r"|\s*[-–—,]\s*(?:right|true|correct|yes|isn['’]t\s+it|am\s+i\s+right)"
    # the check asked of whoever reads it: "... in 1989 - can you both confirm that?"
    r"|\s*[-–—,.]\s*(?:can|could|would)\s+(?:you|one\s+of\s+you)\s+(?:both\s+|all\s+|two\s+)?(?:please\s+)?"
    r"(?:confirm|check|verify|double[- ]check)\s+(?:that|this|it)(?:\s+for\s+me)?)\s*\?+\s*$",
    re.I,
)
# What the check is for, before the claim: "For my kid's homework,", "For a pub quiz,", "It's for the newsletter:".
_PURPOSE = re.compile(r"^(?:(?:it['’]?s|this\s+is)\s+)?for\s+(?:my|our|a|an|the)\s+[\w'’ -]{1,40}?[,:]\s+(?=\S)", re.I)
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.])")
# A claimed measure ("Mount Everest is 9,000 metres tall"): asked as the question it answers ("How tall is Mount
# Everest?"), which notes answer with their figure.
_MEASURE = re.compile(
    r"^(?P<subject>\S.{0,80}?)\s+(?P<verb>is|are|was|were)\s+(?:about\s+|around\s+|over\s+|under\s+|roughly\s+"
    r"|nearly\s+|almost\s+|exactly\s+|only\s+)?\d[\d,]*(?:\.\d+)?\s+(?:[a-z]+\s+){1,2}?"
    r"(?P<measure>tall|high|long|wide|deep|heavy|old|far|away|big|large)\b(?P<rest>[^?]{0,80})$",
    re.I,
)


# A sentence that only asks for the check: "Check for me.", "Is that right?", "True?", "Can you confirm?"
_ASKS_CHECK = re.compile(
    r"^\W*(?:(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:check|verify|confirm|fact[- ]?check)(?:\s+(?:it|this|that"
    r"|for\s+me|for\s+us|please))*|(?:is|was)\s+(?:that|this|it|he|she|they)\s+(?:really\s+)?(?:right|true"
    r"|correct|so)|(?:are|were)\s+they\s+(?:right|correct)|true|right|correct|really|true\s+or\s+false|true\s+or\s+not"
    r"|na\s+true)\s*[.!?]*\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def claim_checked(request: str) -> str | None:
    """The claim of a request to check one, without its frame and its figures ("Water boils at degrees Celsius
    at sea level"), or None when the request is not framed as a claim to check. A claim someone passed on
    ("Customer tell me Mount Everest is the highest mountain. Check for me.") is the reported clause, when every
    other sentence only asks for the check."""
    text = " ".join(request[:1_000].split())
    sentences = _SENTENCE_END.split(text)
    told = reported_claim(sentences[0]) if len(sentences) > 1 else None
    if told is not None and all(_ASKS_CHECK.match(s) for s in sentences[1:]):
        text = f"{told.rstrip(' .!')} - is that right?"
    elif len(sentences) > 1 and _FRAME.match(text) and all(_ASKS_CHECK.match(s) or passes_on(s) for s in sentences[1:]):
        text = sentences[
            0
        ]  # "Is it true that X? My brother-in-law say it was 1810.": what someone else says is an aside
    frame, tag = _FRAME.match(text), _TAG.search(text)
    if frame is None and tag is None:
        return None
    claim = text[frame.end() if frame else 0 : tag.start() if tag else len(text)].strip(" .!?")
    claim = _PURPOSE.sub("", claim, count=1)  # "For my kid's homework, water boils at ...": what it is for
    if "?" in claim or re.search(r"[.!]\s", claim) or len(claim.split()) < 3:
        return None  # "Is it true?" alone, or a question or a second sentence left inside: not one plain claim
    if (measured := _MEASURE.match(claim)) is not None:
        measure = "far" if measured.group("measure").lower() == "away" else measured.group("measure").lower()
        subject, verb = measured.group("subject"), measured.group("verb").lower()
        return f"How {measure} {verb} {subject}{measured.group('rest')}?"
    return " ".join(_FIGURE.sub(" ", claim).split())
