"""Judging a claim against the knowledge base: supported, contradicted or unverified, with the evidence.

Evidence is found in two steps. The knowledge base's BM25 search picks candidate documents; then each sentence
of those documents is compared with the claim, and sentences that share at least half of the claim's content
words are evidence. Each piece of evidence takes a stance:

- **contradicts** when its polarity differs from the claim's: it negates what the claim asserts ("is not
  visible") or calls it a myth or false ("... is a myth", "there is no evidence that ..."), or, when the
  polarities agree, when it gives a different year or number ("completed in 1889" against "in 1899");
- **supports** otherwise; a claim with a number whose evidence mentions no number is only weakly supported.

The stances are weighed by how closely each sentence matches the claim. No evidence means ``unverified``: the
knowledge base does not know, which is not the same as false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.summarizer.sentences import content_words, split_sentences, words

MIN_OVERLAP = 0.5
_NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"})
_MYTH_CUES = re.compile(
    r"\b(?:myths?|false(?:ly)?|untrue|not true|misconceptions?|apocryphal|debunked|no evidence|"
    r"misattributed|incorrect|mistaken|unfounded|is wrong|was wrong|never said)\b",
    re.I,
)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d])")
# A number right after a name ("Apollo 11", "Rust 1.0") names the thing; it is not a figure to check.
_IDENTIFIER = re.compile(r"\b[A-Z][\w-]*\s+(\d+(?:\.\d+)?)\b")
# Words that mean the same thing to the matcher ("humans use 10%" and "people use 10 percent").
# Keys are stems, as content_words() gives them.
_SAME = {"peopl": "human", "person": "human", "mathematic": "math"}
# Reference notes state myths explicitly, so a passage that calls a claim a myth outweighs incidental matches.
_MYTH_WEIGHT = 1.5


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: int
    title: str
    source: str
    passage: str
    stance: str  # "supports", "contradicts" or "related"
    match: float  # share of the claim's content words found in the passage
    reason: str


@dataclass(frozen=True, slots=True)
class Verdict:
    claim: str
    verdict: str  # "supported", "contradicted" or "unverified"
    confidence: float
    evidence: list[Evidence]


def numbers(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in _NUMBER.finditer(text)}


def _is_year(n: str) -> bool:
    return n.isdigit() and len(n) == 4 and 1000 <= int(n) <= 2100


def _negated(text: str) -> bool:
    """Does ``text`` negate its statement? Myth cues count separately, so their own "not"/"no" is removed."""
    remainder = _MYTH_CUES.sub(" ", text)
    return any(w in _NEGATIONS or w.endswith("n't") for w in words(remainder))


def _key_words(text: str) -> set[str]:
    kept = (w for w in content_words(text) if not w.isdigit() and w not in _NEGATIONS and not w.endswith("n't"))
    return {_SAME.get(w, w) for w in kept}


def identifiers(text: str) -> set[str]:
    return {n for n in _IDENTIFIER.findall(text) if not _is_year(n)}


def _overlap(claim_words: set[str], passage_words: set[str]) -> tuple[float, int]:
    def found(word: str) -> bool:
        # Prefix matching lets "math" meet "mathematics" and "visible" meet "visibly".
        return word in passage_words or any(
            min(len(word), len(p)) >= 4 and (p.startswith(word) or word.startswith(p)) for p in passage_words
        )

    shared = sum(found(w) for w in claim_words)
    return shared / len(claim_words), shared


def stance(claim: str, passage: str) -> tuple[str, str]:
    """How ``passage`` bears on ``claim`` (assumed to be about the same thing), and why."""
    myth = bool(_MYTH_CUES.search(passage))
    passage_negative = _negated(passage) != myth
    claim_negative = _negated(claim)
    if passage_negative != claim_negative:
        why = "calls the claim a myth or false" if myth else "states the opposite"
        return "contradicts", f"the passage {why}"
    names = identifiers(claim)
    claimed, given = numbers(claim) - names, numbers(passage) - names
    if claimed:
        if claimed & given:
            return "supports", f"the passage gives the same figure ({', '.join(sorted(claimed & given))})"
        same_kind = {n for n in given if _is_year(n) == any(_is_year(c) for c in claimed)}
        if same_kind:
            return "contradicts", (
                f"the passage gives {', '.join(sorted(same_kind))}, not {', '.join(sorted(claimed))}"
            )
        return "related", "the passage matches the claim but does not mention its figure"
    return "supports", "the passage states the same"


def check(kb: KnowledgeBase, claim: str, documents: int = 5) -> Verdict:
    """The verdict on ``claim`` (already normalized) from the ``documents`` best-matching documents."""
    claim_words = _key_words(claim)
    names = identifiers(claim)
    candidates: list[Evidence] = []
    for hit in kb.search(claim, documents):
        document = kb.get(hit.doc_id)
        if document is None:
            continue
        for passage in split_sentences(document.text):
            if passage.startswith("#") or passage.endswith("?"):
                continue  # headings and questions restate a claim without asserting it
            if not names <= numbers(passage):
                continue  # about another thing of the same name: "Apollo 17" is not evidence on "Apollo 11"
            share, shared = _overlap(claim_words, _key_words(passage))
            if share < MIN_OVERLAP or shared < min(2, len(claim_words)):
                continue
            position, reason = stance(claim, passage)
            candidates.append(
                Evidence(document.id, document.title, document.source, passage, position, round(share, 2), reason)
            )
    candidates.sort(key=lambda e: -e.match)
    weights = {"supports": 0.0, "contradicts": 0.0, "related": 0.0}
    for item in candidates:
        weights[item.stance] += item.match * (_MYTH_WEIGHT if "myth" in item.reason else 1.0)
    support = weights["supports"] + weights["related"] * 0.3
    against = weights["contradicts"]
    if not candidates or max(support, against) < MIN_OVERLAP:
        return Verdict(claim, "unverified", 0.5, candidates[:3])
    winner = "contradicts" if against > support else "supports"
    best = max(e.match for e in candidates if e.stance == winner or winner == "supports")
    margin = abs(support - against) / (support + against)
    confidence = round(min(0.95, 0.35 + 0.6 * best * margin), 2)
    ranked = sorted(candidates, key=lambda e: (e.stance != winner, -e.match))
    return Verdict(claim, "contradicted" if winner == "contradicts" else "supported", confidence, ranked[:3])
