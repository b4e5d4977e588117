"""The claim a request names, after the story of how it came up.

"A customer is adamant antibiotics will clear up her cold. Can you check the claim that antibiotics work against
viruses?" tells what someone said, then names the claim to check in its own words: the check is of the claim
named. The story is why the user asks, and the user has said which claim they want decided. Only a last sentence
that asks for a check and states its claim in full counts ("Is it true that X?", "Can you check the claim that
X?"), and only after sentences that each pass on what someone said; a claim that points back at the story ("Is it
true that it fell in November?") leaves every claim to be checked.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.claims import passed_on
from servers.tools.summarizer.sentences import split_sentences

_NAMES_ITS_CLAIM = re.compile(
    r"^\W*(?:(?:so|but|and|ok|okay|well)\W+)?(?:(?:please\s+)?(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:(?:check|verify|confirm|fact[- ]?check)\s+(?:for\s+me\s+)?(?:the|this|that)\s+(?:claim|idea|statement"
    r"|notion|belief)\s+that"
    r"|(?:is|was)\s+it\s+(?:really\s+)?(?:true|right|correct|a\s+fact)\s+that)\s+"
    r"(?!(?:it|he|she|they|this|that|these|those|him|her|them|so)\b)(?P<claim>\w.{6,})$",
    re.I | re.S,
)


def asked_claim(text: str) -> str:
    """The last sentence of ``text`` when it names the claim to check after sentences that only tell what someone
    said; else ``text`` as it is."""
    sentences = split_sentences(text)
    if len(sentences) < 2 or _NAMES_ITS_CLAIM.match(sentences[-1].strip()) is None:
        return text
    return sentences[-1].strip() if all(passed_on(s) for s in sentences[:-1]) else text
