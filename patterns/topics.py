"""The thing a claim's "it" stands for, when the question just before named it: "Who discovered penicillin? And
is it true that it was discovered in 1928?" asks whether penicillin was discovered in 1928. And the subject of a
part that asks what the knowledge base says with no subject of its own: "Is it true that Ulaanbaatar is the coldest
capital? Check it and also tell me what your books say" asks what the books say about Ulaanbaatar being the
coldest capital, not about books.

Each part of a plan goes to its agent alone, so a claim sent as "it was discovered in 1928" names nothing a fact
checker could look up. The question before it names the thing in one of a few plain shapes ("Who discovered X?",
"When was X invented?", "What is X?"); the claim's "it" is read as that thing only when the claim opens with "it"
straight after asking whether it is so. Any other shape is left as the user wrote it.
"""

from __future__ import annotations

import re

_PARTICIPLE = r"(?:[a-z]+ed|built|written|drawn|made|found|known|sung|begun|won|held|set|shot|run|born|sold)"
# "Who discovered penicillin?", "Who wrote Hamlet?", "Which scientist discovered gravity?"
_WHO_DID = re.compile(
    r"^\W*(?:and\s+)?(?:who|which\s+\w+)\s+(?:first\s+)?(?:[a-z]+ed|wrote|built|drew|made|found|sang|began|won|ran|"
    r"painted|invented|discovered|founded|designed|composed|created|directed)\s+(?P<topic>[^?,;]{2,60}?)\s*\?\s*$",
    re.I,
)
# "When was the telephone invented?", "Where was Shakespeare born?"
_WHEN_WAS = re.compile(
    rf"^\W*(?:and\s+)?(?:when|where|how|why|by whom)\s+(?:was|were|is|are)\s+(?P<topic>[^?,;]{{2,60}}?)\s+"
    rf"(?:first\s+)?{_PARTICIPLE}\s*\?\s*$",
    re.I,
)
# "What is penicillin?", "Who was Ada Lovelace?"
_WHAT_IS = re.compile(r"^\W*(?:and\s+)?(?:what|who)\s+(?:is|was|are|were)\s+(?P<topic>[^?,;]{2,60}?)\s*\?\s*$", re.I)
# "Is it true that it was discovered in 1928?", "Check whether it opened in 1889": the claim's subject is "it".
_CLAIM_ON_IT = re.compile(
    r"^(?P<ask>\W*(?:and\s+|also\s+)*(?:is it (?:true|right|correct|the case)|(?:can you\s+)?(?:check|verify|confirm)"
    r"(?: for me)?)\s+(?:that|whether|if)\s+)it\s+(?=(?:was|were|has been|had been|first|really|actually|[a-z]+ed)\b)",
    re.I,
)


def claim_with_topic(claim: str, question: str) -> str | None:
    """``claim`` with its "it" replaced by the thing ``question`` names, or None when either shape is not met."""
    found = _CLAIM_ON_IT.match(claim)
    if found is None:
        return None
    asked = next((m for m in (p.match(question) for p in (_WHO_DID, _WHEN_WAS, _WHAT_IS)) if m), None)
    if asked is None:
        return None
    topic = asked.group("topic").strip()
    if re.match(r"(?:it|this|that|they|he|she|you|i|we)\b", topic, re.I) or re.search(r"\d", topic):
        return None  # a pronoun names nothing; a number is a sum, not a thing a claim is about
    return f"{found.group('ask')}{topic} {claim[found.end() :]}"


# "tell me what your books say", "look what your sources say about it": the knowledge base asked, about nothing
_SOURCES_ASKED = re.compile(
    r"^(?P<asked>\W*(?:and\s+)?(?:also\s+)?(?:please\s+)?(?:(?:tell|show)\s+me|let\s+me\s+know|look|see|check|"
    r"find\s+out)?\s*(?:also\s+)?what\s+(?:do(?:es)?\s+)?(?:your|the)\s+(?:books?|sources?|notes?|documents?|files?|"
    r"records?|references?|knowledge\s+base)\s+(?:say|says|have|has))(?:\s+(?:about|on)\s+(?:it|this|that))?",
    re.I,
)
_WORD = re.compile(r"[^\W_]")
SOURCES_CHARS = 200
"""A part that asks what the knowledge base says is looked for in this many characters: people say it briefly."""
# "Is it true that X", "My cousin says X", "Check whether X": the words before the claim itself
_CLAIM_LEAD = re.compile(
    r"^\W*(?:(?:is\s+it|it\s+is|is\s+this)\s+(?:true|right|correct|the\s+case)\s+(?:that\s+)?|"
    r"(?:(?:can|could)\s+you\s+)?(?:check|verify|confirm)\s+(?:that|whether|if)\s+|"
    r"(?:my|our|a|the|some|someone|somebody|people)(?:\s+[\w'’-]+){0,2}?\s+(?:says?|said|thinks?|reckons?|claims?|"
    r"insists?|told\s+me)\s+(?:that\s+)?)",
    re.I,
)
_FIRST_SENTENCE = re.compile(r"[^.?!\n]{8,300}")


def sources_asked_of(part: str, before: str) -> str | None:
    """``part``, which asks what the knowledge base says of nothing it names, said of the claim or question that
    opens ``before`` (the part just before it); None when ``part`` names its own subject or ``before`` states
    none."""
    asked = _SOURCES_ASKED.match(part[:SOURCES_CHARS])
    if asked is None or _WORD.search(part, asked.end()) is not None:
        return None  # ("... what your books say about the Louvre": a subject of its own)
    stated = _FIRST_SENTENCE.match(before.lstrip())
    if stated is None:
        return None
    subject = _CLAIM_LEAD.sub("", stated.group().strip(), count=1).strip()
    if len(subject.split()) < 2:
        return None
    return f"{asked.group('asked').strip()} about {subject}?"
