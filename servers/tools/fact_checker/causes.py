"""Causal claims, checked whole: "Bulls get angry because of the colour red", "The colour red makes bulls angry",
"Bulls charge due to the red cape". Such a claim says two things: that the effect happens, and that the cause is
why. The effect alone ("Bulls get angry") is not the claim, so a causal claim is

- **contradicted** when a note about the claim's subject denies that the cause acts on it ("Bulls are not enraged
  by the colour red"), or the effect itself is contradicted;
- **supported** only when the effect is supported and a note about the subject ties the cause to it (names the
  cause with a word of causing: "because", "due to", "by", "makes", "causes");
- otherwise **unverified**: the notes say nothing about the cause, whatever they say of the effect.

Every regex here is linear: word alternations and bounded classes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from servers.tools.fact_checker.verdicts import Evidence, Verdict
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.summarizer.sentences import split_sentences

MAX_CLAIM_CHARS = 400
# "X because of Y", "X due to Y", "X because Y ...": the effect first, then the cause.
_BECAUSE = re.compile(
    r"^(?P<effect>[^,;:]{3,300}?)\s*,?\s+(?:because(?:\s+of)?|due\s+to|owing\s+to|on\s+account\s+of|as\s+a\s+result\s+of"
    r"|thanks\s+to|(?:when|whenever)\s+(?:they|it|he|she|you|we|people)\s+(?:see|sees|saw|hear|hears|smell|smells|eat"
    r"|eats|drink|drinks|touch|touches))\s+(?P<cause>[^;:]{2,200})$",
    re.I,
)
# "Y makes X angry", "Y causes X", "Y drives X mad": the cause first, then the effect.
_MAKES = re.compile(
    r"^(?P<cause>[^,;:]{2,120}?)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
    r"\s+(?:makes|make|causes|cause|caused|drives|drive)\s+"
    r"(?P<effect>(?!(?:better|worse|good|great|bad|best|worst|excellent|poor|fine|ideal|of|from|up|out|sure|it|for)\b)"
    r"[^,;:]{3,200})$",
    re.I,
)
_LINK = re.compile(
    r"\b(?:because|due to|caused by|causes?|makes?|made|by|owing to|as a result|triggers?|triggered|so)\b", re.I
)
_DENIED = re.compile(r"\b(?:not|never|no|cannot|nor)\b|n['’]t\b", re.I)
# Words that only connect a cause to its effect or point back ("they see red"): not the cause's content.
_PLAIN = frozenset({"see", "seen", "saw", "sees", "seeing", "get", "gets", "becom", "feel", "feels"})


@dataclass(frozen=True, slots=True)
class Cause:
    """A causal claim read apart: the effect as a claim of its own, the cause's words, and the subject's."""

    effect: str
    cause: str
    subject_terms: frozenset[str]
    cause_terms: frozenset[str]


def read_cause(claim: str) -> Cause | None:
    """The cause and effect of ``claim``, or None when it names no cause."""
    text = claim.strip().rstrip("?!. ")[:MAX_CLAIM_CHARS]
    found = _BECAUSE.match(text)
    if found is not None:
        effect, cause = found.group("effect"), found.group("cause")
    elif (made := _MAKES.match(text)) is not None and 2 <= len(made.group("effect").split()) <= 4:
        cause, effect = made.group("cause"), made.group("effect")
        effect = _effect_said(effect)
    else:
        return None
    subject = frozenset(terms(effect, subject=True)[:1])  # the effect's first content word: "sky" in "The sky is blue"
    wanted = frozenset(t for t in terms(_one_spelling(cause)) if t not in _PLAIN and t not in subject)
    if not subject or not wanted:
        return None
    return Cause(effect.strip(), cause.strip(), subject, wanted)


def _effect_said(effect: str) -> str:
    """ "bulls angry" or "the bull angry" (after "makes") said as a claim: "bulls are angry", "the bull is angry";
    "bulls charge" stays."""
    said = effect.split()
    last = said[-1].lower() if said else ""
    if len(said) < 2 or not last.endswith(("y", "ous", "ful", "ive", "ent", "ant", "ic", "al", "ed", "sick", "mad")):
        return effect
    verb = "are" if said[-2].lower().endswith("s") or said[-2].lower() in ("you", "we", "they", "i") else "is"
    return " ".join([*said[:-1], verb, said[-1]])


def judge_cause(kb: KnowledgeBase, claim: str, cause: Cause, checked: Callable[[str], Verdict]) -> Verdict:
    """The verdict on a causal claim: see the module docstring. ``checked`` gives the verdict on the effect."""
    tied: list[Evidence] = []
    for hit in kb.search(f"{cause.effect} {cause.cause}", 5):
        document = kb.get(hit.doc_id)
        if document is None:
            continue
        for sentence in split_sentences(document.text)[:200]:
            # the sentence itself names the subject: "The cape is red by tradition" in a note on bulls says
            # nothing of why bulls charge
            said = set(terms(_one_spelling(sentence[:2_000]), subject=True))
            if not all(_has(t, said) for t in cause.subject_terms | cause.cause_terms):
                continue
            if _DENIED.search(sentence):
                denial = Evidence(document.id, document.title, document.source, sentence, "contradicts", 1.0, "")
                return Verdict(
                    claim,
                    "contradicted",
                    0.9,
                    [denial],
                    f"the notes deny that {cause.cause} is the cause: {sentence.rstrip('.')}",
                )
            if _LINK.search(sentence):
                tied.append(Evidence(document.id, document.title, document.source, sentence, "supports", 1.0, ""))
    effect = checked(cause.effect)
    if effect.verdict == "contradicted":
        return Verdict(claim, "contradicted", effect.confidence, effect.evidence, effect.explanation)
    if effect.verdict == "supported" and tied:
        return Verdict(
            claim, "supported", effect.confidence, [*tied[:1], *effect.evidence][:3], "the notes give the same cause"
        )
    return Verdict(
        claim,
        "unverified",
        0.0,
        effect.evidence[:3],
        f"the notes do not say that {cause.effect} because of {cause.cause}",
    )


def _has(term: str, pool: set[str]) -> bool:
    return term in pool or any(min(len(term), len(p)) >= 4 and (p.startswith(term) or term.startswith(p)) for p in pool)


def _one_spelling(text: str) -> str:
    """``text`` with American spellings of the words causes are told in made British, as the notes write them."""
    return _AMERICAN.sub(lambda m: m.group(1) + "our", text)


_AMERICAN = re.compile(r"\b(col|flav|behavi|fav|hum|od|neighb)or(?=s?\b|ed\b|ing\b)", re.I)
