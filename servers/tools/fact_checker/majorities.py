"""Where most of a thing lies: "Most of the Amazon rainforest lies in Brazil", "Most cheetahs live in Africa".

A claim that most of something is in one place says more than that some of it is there, and the notes say it in
a clause of their own about the thing: "The Amazon rainforest ... covers nine countries, most of it in Brazil",
"Fewer than 8,000 cheetahs remain in the wild, most of them in Africa". Such a claim is

- **supported** by a sentence that opens on the thing and puts most of it (or "mostly", "the bulk", "the
  majority") in the same place;
- **contradicted** by one that puts most of it in another place of the same kind (another country, another
  continent): more than half of a thing cannot lie in two places;
- otherwise left to the ordinary check, which reads the claim as a plain statement.

Every regex here is linear: word alternations and bounded repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.places import COUNTRIES
from servers.tools.fact_checker.verdicts import Evidence, Verdict
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.summarizer.sentences import split_sentences

MAX_CLAIM_CHARS = 300
CONTINENTS = frozenset(
    {"africa", "asia", "europe", "antarctica", "australia", "oceania", "north america", "south america"}
)
_CLAIMED = re.compile(
    r"^(?:most|the (?:bulk|majority|greater part|larger part))(?: of)?(?: the)?(?: (?:world|earth|planet)['’]s)? "
    r"(?P<whole>[\w' -]{2,80}?) "
    r"(?:is|are|lies|lie|sits|sit|grows|grow|lives|live|remains|remain|stands|(?:is|are|can be) (?:found|located))"
    r" (?:with)?in (?P<place>(?:the )?[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,2})$",
    re.I,
)
# "..., most of it in Brazil", "mostly in Africa", "the bulk of which lies in Peru": most of it, placed.
_SAID = re.compile(
    r"\b(?:most of (?:it|them|which|its \w+|their \w+)|mostly|largely|mainly|chiefly|the (?:bulk|majority)"
    r"(?: of (?:it|them|which))?)(?: (?:is|are|lies|lie|being|found))? in (?P<place>(?:the )?[A-Z][\w'-]*"
    r"(?: [A-Z][\w'-]*){0,2})",
)
# The thing must be named near the sentence's start: its subject, which "most of it" refers back to.
SUBJECT_TERMS = 6


@dataclass(frozen=True, slots=True)
class Majority:
    whole: str
    place: str


def read_majority(claim: str) -> Majority | None:
    """What ``claim`` says most of is where, or None when it is no such claim."""
    found = _CLAIMED.match(claim.strip().rstrip("?!. ")[:MAX_CLAIM_CHARS])
    if found is None or not terms(found.group("whole")):
        return None
    return Majority(found.group("whole").strip(), _place(found.group("place")))


def judge_majority(kb: KnowledgeBase, claim: str, majority: Majority) -> Verdict | None:
    """The verdict when a note places most of the thing; None when none does (the ordinary check decides)."""
    wanted = set(terms(majority.whole))
    for hit in kb.search(majority.whole, 5):
        document = kb.get(hit.doc_id)
        if document is None:
            continue
        for sentence in split_sentences(document.text)[:200]:
            said = _SAID.search(sentence[:2_000])
            if said is None or not wanted <= set(terms(sentence[: said.start()])[:SUBJECT_TERMS]):
                continue
            place = _place(said.group("place"))
            if place == majority.place:
                evidence = Evidence(document.id, document.title, document.source, sentence, "supports", 1.0, "")
                return Verdict(claim, "supported", 0.9, [evidence], f"the notes put most of it in {said['place']}")
            if _same_kind(place, majority.place):
                evidence = Evidence(document.id, document.title, document.source, sentence, "contradicts", 1.0, "")
                return Verdict(
                    claim,
                    "contradicted",
                    0.9,
                    [evidence],
                    f"the notes put most of it in {said['place']}, not in {majority.place.title()}",
                )
    return None


def _place(name: str) -> str:
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _same_kind(a: str, b: str) -> bool:
    return (a in COUNTRIES and b in COUNTRIES) or (a in CONTINENTS and b in CONTINENTS)
