"""Judging a claim against the knowledge base: supported, contradicted or unverified, with the evidence.

A sentence of the knowledge base is **evidence** on a claim only when, clause by clause (propositions.py):

1. it is about the **same subject**: every subject word of the claim is in the clause's subject ("UDP" must
   be what the clause is about; a sentence about TCP that mentions UDP in passing is not evidence on UDP). A
   pronoun subject stands for the document's topic, so its title words count too; a subject that names part
   of the claim's subject and nothing else ("the wall" for "the Berlin Wall") counts when the document holds
   the rest; a passive clause's agent ("created *by* Guido van Rossum") counts as its subject (see
   subject_match). Identifiers must match: "Apollo 17" is not evidence on "Apollo 11";
2. it speaks to the **same predicate**: the predicate's first word (its verb or complement: "visible",
   "landed") and at least 60 percent of all the claim's predicate words appear in it.

Its **stance** then follows from polarity and figures: a clause that denies what the claim asserts (or calls
it a myth, or finds no evidence for it) contradicts; a clause with the same polarity supports, unless the
claim has figures (years, months, days, quantities) and the clause gives a different one of the same kind,
which contradicts. A clause that agrees but gives no figure of the claimed kind is only **related**.

**Confidence** is the strength of the deciding evidence, 0 to 0.95: the best deciding clause's match (the
share of the claim's predicate words it contains, times 0.9 when its subject was resolved through the
document's title or a passive agent rather than named outright) times the winning side's share of all deciding
evidence, times 0.95 because a note can itself be wrong. An unverified claim has confidence 0: nothing
decided it. When deciding evidence points both ways and the weaker side has more than half the weight of the
stronger, the sources disagree and the claim is unverified.

A claim whose subject the knowledge base never talks about is unverified, never supported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from servers.tools.fact_checker.asides import aside
from servers.tools.fact_checker.awards import award_said, claimed_award
from servers.tools.fact_checker.birthplaces import born_apart, claimed_birthplace
from servers.tools.fact_checker.codes import claimed_code, code_said
from servers.tools.fact_checker.conditions import Condition, at_standard, speaks_to
from servers.tools.fact_checker.contrasts import compared, counterpart, opposite_comparison, un_antonym
from servers.tools.fact_checker.degrees import (
    TURNED,
    graded,
    ranked_kind,
    short_of_limit,
    turned_clause,
    unranked,
    within_limit,
)
from servers.tools.fact_checker.distances import claimed_distance, distance_said
from servers.tools.fact_checker.events import dated_by_beginning
from servers.tools.fact_checker.figures import compare, find_figures
from servers.tools.fact_checker.implied import implied
from servers.tools.fact_checker.kinds import claimed_kind, stated_kind
from servers.tools.fact_checker.neighbours import claimed_country, placed_beside
from servers.tools.fact_checker.people import PERSON, person_named
from servers.tools.fact_checker.places import claimed_place, placed_elsewhere
from servers.tools.fact_checker.placing import puts_there
from servers.tools.fact_checker.propositions import (
    Proposition,
    read_claim,
    read_sentence,
    says_something,
    subject_head,
    terms,
)
from servers.tools.fact_checker.purposes import purpose_terms
from servers.tools.fact_checker.regions import KIND_WORDS, TOPIC_WORDS, claimed_region
from servers.tools.fact_checker.regions import placed_elsewhere as region_elsewhere
from servers.tools.fact_checker.restrictions import meets_restriction as meets
from servers.tools.fact_checker.roles import Role, claimed_role, decided, same_role, stated_roles
from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.researcher.patients import named_apart
from servers.tools.summarizer.sentences import split_sentences

MIN_PREDICATE_MATCH = 0.6
_CONFLICT = 0.5  # the weaker side's share of the stronger side's weight beyond which the sources disagree
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_PERSONAL = frozenset({"he", "she", "his", "her"})  # pronouns for a person the sentence before named
# Superlatives that exclude each other (as the clause reader stems them): "the smallest ocean" is contradicted
# by "the largest ocean" said of the same subject.
_OPPOSITES = dict(
    pair
    for a, b in [
        ("largest", "smallest"), ("longest", "shortest"), ("hottest", "coldest"), ("deepest", "shallowest"),
        ("oldest", "youngest"), ("fastest", "slowest"), ("heaviest", "lightest"), ("closest", "farthest"),
        ("nearest", "farthest"), ("wettest", "driest"), ("brightest", "faintest"),
    ]
    for pair in ((a, b), (b, a))
)  # fmt: skip
# A claim said in the present, and a passage that says the state it names has ended.
_PRESENT = re.compile(r"^[^,;]{0,80}?\b(?:is|are|has|have)\b", re.I)
_ENDED = re.compile(
    r"\b(?:was|were|had been)\b[^.;]{0,100}?\b(?:for\s+(?:\d{1,4}|a few|many|several)\s+(?:years|decades|centuries)|"
    r"until\s+(?:\d{4}|the\b))|\bno longer\b|\bformerly\b|\bused to\b",
    re.I,
)
# Verbs of authorship: a thing invented, founded or written by one person was not invented by another.
_AUTHORSHIP = frozenset(terms("invent discover found design create write paint compose develop coin propose"))
# Verbs of authorship that say the same of a program or a text: who wrote it created and developed it.
_WRITING = frozenset(terms("write create develop"))
# "always" and "only" claim more than a passage that says something happens: it must say "always"/"only" too.
_UNIVERSAL = re.compile(r"\b(?:always|invariably|every time|each time|without exception)\b", re.I)
# "All bats ...", "Most sharks ...": said of every one or most of them, which only a passage that says it of as
# many supports ("Every bat species can see" for "All bats can see"; "Many smaller bats" for neither).
_QUANTITY = re.compile(r"(?:(?:almost|nearly)\s+)?(all|every|each|most)\b", re.I)
_EXCLUSIVE = re.compile(r"\b(?:only|solely|exclusively|alone)\b", re.I)
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|solely)\b", re.I)


Stance = Literal["supports", "contradicts", "related"]
Outcome = Literal["supported", "contradicted", "unverified"]
_STANCE_OF_FIGURES: dict[str, Stance] = {
    "agree": "supports",
    "disagree": "contradicts",
    "missing": "related",
    "unclear": "related",
}


class NotACheckableClaim(ValueError):
    """The text states nothing the knowledge base could confirm or contradict."""


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: int
    title: str
    source: str
    passage: str
    stance: Stance
    match: float  # predicate words shared, discounted for a subject found only through the title
    reason: str


@dataclass(frozen=True, slots=True)
class Verdict:
    claim: str
    verdict: Outcome
    confidence: float
    evidence: list[Evidence]
    explanation: str  # why, in one line: the deciding reason, or what evidence is missing


def _covered(term: str, pool: frozenset[str] | set[str]) -> bool:
    # Prefixes let "math" meet "mathematics" and "deliver" meet "delivery"; short words must match exactly.
    return term in pool or any(min(len(term), len(p)) >= 4 and (p.startswith(term) or term.startswith(p)) for p in pool)


def _share(wanted: frozenset[str], pool: frozenset[str]) -> float:
    return sum(_covered(t, pool) for t in wanted) / len(wanted) if wanted else 1.0


def _names(wanted: frozenset[str], pool: frozenset[str]) -> bool:
    # Subjects match word for word: "Napoleonic" is not "Napoleon", "Javascript" is not "Java".
    return bool(wanted) and wanted <= pool


def subject_match(
    claim: Proposition,
    clause: Proposition,
    title_terms: frozenset[str],
    document_terms: frozenset[str],
    antecedent: frozenset[str] = frozenset(),
) -> float:
    """1.0 when the clause names the claim's subject, 0.9 when it refers to it, 0.0 when it is about something
    else. A clause refers to the subject through a pronoun ("it", "its height": the document's topic, so the
    title must name the subject), or by naming part of it and nothing else ("the wall" for "the Berlin Wall",
    "Marie Antoinette" for "the French queen Marie Antoinette", with the rest of the words in the document),
    or as the agent of a passive clause ("created by Guido van Rossum"). ``antecedent`` is the person the sentence
    before named as its subject: "she" in "In 1911 she won ..." after "Marie Curie was ..." is Marie Curie."""
    wanted = claim.subject_terms
    if not wanted or named_apart(claim.subject, clause.subject):
        return 0.0  # "The Python Software Foundation", "Python 2.0": another thing than "Python"
    named = clause.subject_terms
    if _names(wanted, named) and wanted & subject_head(clause.subject):
        return 1.0  # named as what the clause is about: "A camel's hump" is about a hump, not a camel
    possessed = clause.subject.split()[0].lower() in _POSSESSIVES  # "its height", and "the water" (TOPIC_WORDS)
    pronoun = clause.anaphoric and (not named or possessed or named <= TOPIC_WORDS)
    if pronoun and _names(wanted, named | title_terms | (document_terms & KIND_WORDS)):  # "the Python language"
        return 0.9
    if pronoun and _PERSONAL & set(clause.subject.lower().split()) and _names(wanted, named | antecedent):
        return 0.9
    if wanted & named and named <= wanted and _names(wanted, named | title_terms | document_terms):
        # "Einstein's Nobel Prize" is about the prize: a clause on Einstein that never says it is about him
        head = subject_head(claim.subject)
        owned = head == wanted or _share(head, clause.terms) == 1.0
        return 0.9 if wanted & subject_head(clause.subject) and owned else 0.0
    if clause.agent_terms and _names(wanted, clause.agent_terms) and _share(named, claim.terms) == 1.0:
        return 0.9
    return 0.0


def stance(
    claim: Proposition, clause: Proposition, opposite: tuple[str, str] | None = None, authored: bool = False
) -> tuple[Stance, str]:
    """How a clause about the same subject and predicate bears on the claim, and why.

    ``opposite`` is (the claim's superlative, the clause's opposite one) when the clause says the opposite
    ("the largest ocean" against "the smallest ocean"); ``authored`` when both name who invented, founded or
    wrote the subject. A claim that something always happens, or is the only one, is supported only by a
    passage that says "always" or "only" too: "can strike twice" does not support "always strikes twice"."""
    if authored:
        return _authorship(claim, clause)
    if opposite is not None:
        said, claimed = _as_written(opposite[1], clause.text), _as_written(opposite[0], claim.text)
        if opposite[0] not in _OPPOSITES:  # an un- antonym: "encrypts" against "unencrypted"
            if clause.negated != claim.negated:
                return "related", f"the passage only says it is not '{said}'"
            return "contradicts", f"the passage says the opposite: '{said}', where the claim says '{claimed}'"
        if clause.negated != claim.negated:
            return "related", f"the passage only says it is not the {said}"
        return "contradicts", f"the passage says it is the {said}, not the {claimed}"
    position, why = _plain_stance(claim, clause)
    flipped = clause.negated != claim.negated
    compared_stance = compared(claim.text, clause.text, flipped) or graded(claim.text, clause.text, flipped)
    if compared_stance is not None:
        position, why = compared_stance
    # A superlative decides nothing unless the passage ranks the same kind of thing in the same scope.
    why_not = unranked(claim, clause) if position != "related" else None
    if why_not is not None:
        return why_not
    if position == "supports" and _UNIVERSAL.search(claim.text) and not _UNIVERSAL.search(clause.text):
        return "related", "the passage says it happens, not that it always does"
    if position == "supports" and (quantity := _QUANTITY.match(claim.subject)) is not None:
        said = _QUANTITY.match(clause.subject)
        if said is None or (quantity.group(1).lower() == "most") < (said.group(1).lower() == "most"):
            return "related", f"the passage says it of some of them, not of {quantity.group(1).lower()}"
    if position == "supports" and short_of_limit(claim.text, clause.text):
        return "related", "the passage says it is so, not that it is wholly so"
    exclusive = _EXCLUSIVE.search(claim.text) and not _NOT_ONLY.search(claim.text)
    if position == "supports" and exclusive and not _EXCLUSIVE.search(clause.text):
        return "related", "the passage does not say it is the only one"
    return position, why


def _as_written(term: str, text: str) -> str:
    """The word of ``text`` whose term is ``term``: "encrypted" for "encrypt"."""
    return next((w for w in re.findall(r"[\w'-]+", text) if terms(w) == [term]), term)


def _authorship(claim: Proposition, clause: Proposition) -> tuple[Stance, str]:
    named = all(_covered(t, clause.agent_terms) for t in claim.agent_terms)
    if clause.negated != claim.negated:
        return ("contradicts", "the passage says the opposite") if named else ("related", "the passage denies another")
    if named:
        if claim.figures:  # "painted in 1890" against "painted in 1889": the same person, another year
            outcome, why = compare(claim.figures, clause.figures)
            return _STANCE_OF_FIGURES[outcome], why
        return "supports", "the passage names the same person"
    if not any(_covered(t, clause.agent_terms) for t in claim.agent_terms):
        return "contradicts", "the passage credits someone else"
    return "related", "the passage names only some of them"


def _opposite(claim: Proposition, clause: Proposition) -> tuple[str, str] | None:
    """(claimed, said) when the clause uses the opposite superlative of the claim's for the same noun."""
    for claimed in claim.predicate_terms:
        other = _OPPOSITES.get(claimed)
        if other is None or other not in clause.terms or claimed in clause.terms:
            continue
        said, noun = terms(clause.text), ranked_kind(claim.text, claimed)  # "of the world's oceans": "ocean"
        at = said.index(other) if other in said else len(said)
        if not noun or noun[0] in said[at + 1 : at + 4]:
            return claimed, other
    return None


def _plain_stance(claim: Proposition, clause: Proposition) -> tuple[Stance, str]:
    outcome, why = compare(claim.figures, clause.figures) if claim.figures else ("agree", "")
    if clause.negated != claim.negated:
        if not clause.predicate_terms:  # ("..., as their mothers did": read with "did" for its verb, it denies nothing)
            return "related", "the passage does not say it in words I can read as the claim's"
        if outcome in ("disagree", "unclear"):
            # Denying "only 10 percent" says nothing about "all of it": the denial is of another figure.
            return "related", f"the passage denies a different figure: {why.removeprefix('the passage ')}"
        return "contradicts", f"the passage {clause.denial or 'states the opposite'}"
    if claim.figures:
        return _STANCE_OF_FIGURES[outcome], why
    if clause.denial:
        return "supports", f"the passage also {clause.denial}"
    return "supports", "the passage states the same"


@dataclass(slots=True)
class _Findings:
    evidence: list[Evidence]
    mentioned_in: dict[str, None]  # titles of documents with a clause about the subject


def _gather(kb: KnowledgeBase, claim: Proposition) -> _Findings:
    hits = {h.doc_id: h for h in kb.search(claim.text, 8)}
    if claim.subject:
        hits.update({h.doc_id: h for h in kb.search(claim.subject, 5) if h.doc_id not in hits})
    findings, awarded = _Findings([], {}), list[Evidence]()
    role, placed, kind = claimed_role(claim.text), claimed_place(claim.text), claimed_kind(claim.text)
    region, country, born = claimed_region(claim.text), claimed_country(claim.text), claimed_birthplace(claim.text)
    # what a note says a prize was for, how far apart two things are, what a numbered code means: those readers alone
    award, distance, code = claimed_award(claim.text), claimed_distance(claim.text), claimed_code(claim.text)
    # Who the claim names ("Linus Torvalds wrote Linux"): a passage that names nobody of them speaks of another
    # deed ("Support for writing Linux kernel code in Rust was merged in 2022"), neither supporting the claim nor
    # contradicting it by a date; only one that credits someone else with the same work contradicts it.
    person = claim.agent_terms or (claim.subject_terms if PERSON.match(claim.subject) else frozenset[str]())
    roles: list[tuple[Role, Evidence]] = []  # notes naming who holds the claimed role, decided together below
    for doc_id in hits:
        document = kb.get(doc_id)
        if document is None:
            continue
        title_terms = frozenset(terms(document.title, subject=True))
        document_terms = frozenset(terms(document.text, subject=True))
        title_identifiers = find_figures(document.title).identifiers
        elsewhere = placed_elsewhere(placed, document.title, document.text) if placed is not None else None
        if elsewhere is None and region is not None:  # "the Amazon is in Africa": notes put it on another continent
            elsewhere = region_elsewhere(region, document.title, document.text)
        if elsewhere is None and country is not None:  # "in Tanzania near the border with Kenya": not in Kenya
            elsewhere = placed_beside(country, document.title, document.text)
        if elsewhere is None and born is not None:  # "Marie Curie was born in Paris": "born ... in Warsaw"
            elsewhere = born_apart(born, document.title, document.text)
        said = (elsewhere[0], "contradicts", f"the notes on it place it in {elsewhere[1]}") if elsewhere else None
        if said is None and award is not None:  # "won his Nobel Prize for relativity": "... not for relativity"
            said = award_said(award, document.title, document.text)
        if said is None and distance is not None:  # "15 million km from the Sun": "the distance ... is 149.6 million"
            said = distance_said(distance, document.title, document.text)
        if said is None and code is not None:  # "404 means the server crashed": "4xx a client error (404 ...)"
            said = code_said(code, document.title, document.text)
        if said is not None:
            evidence = Evidence(document.id, document.title, document.source, said[0], said[1], 1.0, said[2])
            findings.evidence.append(evidence)
            awarded += [evidence] if elsewhere is None else []
            findings.mentioned_in.setdefault(document.title, None)
        antecedent = frozenset[str]()
        for passage in split_sentences(document.text):
            if passage.startswith("#") or passage.endswith("?"):
                continue  # headings and questions name a claim without asserting it
            said_before, antecedent = antecedent, person_named(passage) or antecedent
            if kind is not None and (said := stated_kind(kind, passage)) is not None:
                same, what = said
                why = "the passage names the same kind" if same else f"the passage says it is a {what}"
                kind_stance: Stance = "supports" if same else "contradicts"
                findings.evidence.append(
                    Evidence(document.id, document.title, document.source, passage, kind_stance, 1.0, why)
                )
                findings.mentioned_in.setdefault(document.title, None)
                continue
            for stated in stated_roles(passage) if role is not None else ():
                if same_role(role, stated) is not None if role is not None else False:
                    found = Evidence(document.id, document.title, document.source, passage, "related", 1.0, "")
                    roles.append((replace(stated, near=document_terms), found))
            passage_terms = frozenset(terms(passage, subject=True))
            # "The Moon is Earth's only natural satellite" is read as what it implies too: "The Moon orbits Earth."
            clauses = [*read_sentence(passage), *(c for said in implied(passage) for c in read_sentence(said))]
            for clause in clauses:
                about = subject_match(claim, clause, title_terms, document_terms, said_before)
                # Numbers that name the subject must match: "Apollo 17" is not "Apollo 11".
                named_by = clause.identifiers | (title_identifiers if about < 1 else frozenset[str]())
                if not about and (turned := turned_clause(claim, clause)) is not None:
                    position, why = turned  # "light ... faster than sound" on "sound is faster than light"
                    findings.evidence.append(
                        Evidence(document.id, document.title, document.source, passage, position, TURNED, why)
                    )
                    findings.mentioned_in.setdefault(document.title, None)
                    continue
                if not about or not claim.identifiers <= named_by:
                    continue
                findings.mentioned_in.setdefault(document.title, None)
                # Who made it is compared apart ("invented by Bill Gates" against "by Tim Berners-Lee"), and an
                # opposite superlative counts as speaking to the claimed one.
                authored = bool(claim.agent_terms and clause.agent_terms) and claim.head in _AUTHORSHIP
                antonym = un_antonym(claim.predicate_terms, clause.predicate_terms, clause.text)
                opposite = _opposite(claim, clause) or antonym or opposite_comparison(claim.text, clause.text)
                own = clause.terms - purpose_terms(clause.text)  # "created Git for the development of Linux"
                pool = own | {opposite[0]} if opposite else own
                reversed_comparison = counterpart(claim.text, clause.terms)
                pool = pool | {reversed_comparison} if reversed_comparison else pool
                # "wrote Git" is "created Git", and "Linux was written by" is "a kernel created by"
                if authored and claim.head in _WRITING and (clause.head in _WRITING or own & _WRITING):
                    pool = pool | {claim.head}
                pool = pool | {claim.head} if (began := dated_by_beginning(claim.head, clause.head)) else pool
                share = _share(claim.predicate_terms - claim.agent_terms if authored else claim.predicate_terms, pool)
                if share < MIN_PREDICATE_MATCH or not _covered(claim.head, pool):
                    continue  # it must say the same kind of thing: "visible", not only "from orbit"
                position, why = aside(claim, clause, passage, *stance(claim, clause, opposite, authored))
                if began and position == "contradicts":
                    position, why = "related", "the passage says when it began, and it may have gone on after"
                named_in = document_terms if claim.head == "invent" else passage_terms  # a rival inventor
                if authored and why == "the passage credits someone else" and claim.agent_terms <= named_in:
                    # The passage names the claimed person too ("Fleming discovered it, and Florey and Chain
                    # ..."): they had some part in it, so another's credit does not settle that they had none.
                    position, why = "related", "the passage credits someone else, but names them too"
                unnamed = person and not person & (passage_terms | title_terms | said_before)
                if unnamed and (position == "supports" or position == "contradicts" and not authored):
                    position, why = "related", "the passage does not name who the claim names"
                match = round(share * about, 2)
                findings.evidence.append(
                    Evidence(document.id, document.title, document.source, passage, position, match, why)
                )
    # A sentence saying what the prize was for, or how far, is read by that alone, not as a bag of its words.
    findings.evidence = [e for e in findings.evidence if e in awarded or e.passage not in {a.passage for a in awarded}]
    if kind is not None:
        # Only a note that names the subject's kind supports a kind: "the whale shark is the largest fish" holds
        # every word of "whales are fish", and "counted as the ninth planet" every word of "Pluto is a planet".
        findings.evidence = [e for e in findings.evidence if e.stance != "supports" or e.reason.endswith("same kind")]
    if _PRESENT.search(claim.text):
        # "Pluto is the ninth planet" against "Pluto ... was counted as the ninth planet for 76 years": a state the
        # note says has ended does not support it holding now
        findings.evidence = [e for e in findings.evidence if e.stance != "supports" or not _ENDED.search(e.passage)]
    # "Mount Kilimanjaro is in Kenya" holds every word of "Mount Kilimanjaro, in Tanzania near the border with Kenya",
    # "born in Paris" of "born in Warsaw ... who worked in Paris": only a passage that puts it there supports it
    findings.evidence = [e for e in findings.evidence if e.stance != "supports" or puts_there(claim.text, e.passage)]
    if role is not None:
        passages = {id(stated): evidence for stated, evidence in roles}
        settled = decided(role, [stated for stated, _ in roles])
        # A passage that names the role's holder is read by the role alone: its words as a bag ("Tokyo is the
        # capital of Japan, Beijing is the capital of China") hold every word of "Tokyo is the capital of China".
        by_role = {passages[id(stated)].passage for stated, _ in settled}
        findings.evidence = [e for e in findings.evidence if e.passage not in by_role]
        for stated, same in settled:
            found = passages[id(stated)]
            findings.mentioned_in.setdefault(found.title, None)
            why = "the passage names the same" if same else f"the passage says {stated.said}"
            findings.evidence.append(replace(found, stance="supports" if same else "contradicts", reason=why))
    return findings


def judge(kb: KnowledgeBase, claim: Proposition, condition: Condition = "") -> Verdict:
    """The verdict on one proposition of a claim made under ``condition`` (conditions.py): a passage stated
    under another condition does not speak to it."""
    findings = _gather(kb, within_limit(claim))
    findings.evidence = [
        e for e in findings.evidence if speaks_to(condition, e.passage) and meets(claim.text, e.passage)
    ]
    evidence = sorted(findings.evidence, key=lambda e: -e.match)
    weight = {"supports": 0.0, "contradicts": 0.0}
    for item in evidence:
        if item.stance in weight:
            weight[item.stance] += item.match
    support, against = weight["supports"], weight["contradicts"]
    if not support and not against:
        return Verdict(claim.text, "unverified", 0.0, evidence[:3], _missing(claim, findings))
    if min(support, against) > _CONFLICT * max(support, against):
        why = "the sources disagree: some passages support it and others contradict it"
        return Verdict(claim.text, "unverified", 0.0, evidence[:3], why)
    winner: Stance = "contradicts" if against > support else "supports"
    deciding = [e for e in evidence if e.stance == winner]
    confidence = round(0.95 * deciding[0].match * weight[winner] / (support + against), 2)
    ranked = deciding + [e for e in evidence if e.stance != winner]
    verdict: Outcome = "contradicted" if winner == "contradicts" else "supported"
    return Verdict(claim.text, verdict, confidence, ranked[:3], deciding[0].reason)


def _missing(claim: Proposition, findings: _Findings) -> str:
    """What evidence the knowledge base lacks for the claim, in words a user can act on."""
    subject = _in_sentence(claim.subject)
    related = [e for e in findings.evidence if e.stance == "related"]
    if related:
        reason = related[0].reason
        if reason.startswith("the passage gives "):
            return f"the notes on {subject} give {reason.removeprefix('the passage gives ')}"
        return f"the notes on {subject} do not settle it: {reason}"
    if findings.mentioned_in:
        titles = ", ".join(list(findings.mentioned_in)[:3])
        return f"the notes on {subject} ({titles}) do not say whether {_in_sentence(claim.text)}"
    return f"nothing in the knowledge base is about {subject}"


def _in_sentence(text: str) -> str:
    # "The moon" inside a sentence reads "the moon"; names keep their capitals.
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") and rest else text


def check(kb: KnowledgeBase, claim: str) -> Verdict:
    """The verdict on ``claim`` (one statement, framing removed).

    A claim of several clauses ("X sank in 1912 and was found in 1985") is supported only when every clause
    is, contradicted when any clause is; otherwise it is unverified. Raises ``NotACheckableClaim`` when no
    clause has both a subject and something said about it.
    """
    stated, condition = at_standard(claim)
    propositions = [p for p in read_claim(stated) if says_something(p)]
    if not propositions:
        raise NotACheckableClaim(claim)
    verdicts = [judge(kb, p, condition) for p in propositions]
    if len(verdicts) == 1:
        only = verdicts[0]
        return Verdict(claim, only.verdict, only.confidence, only.evidence, only.explanation)
    contradicted = [v for v in verdicts if v.verdict == "contradicted"]
    if contradicted:
        worst = max(contradicted, key=lambda v: v.confidence)
        return Verdict(claim, "contradicted", worst.confidence, worst.evidence, f"{worst.claim}: {worst.explanation}")
    unverified = [v for v in verdicts if v.verdict == "unverified"]
    if unverified:
        first = unverified[0]
        evidence = [e for v in verdicts for e in v.evidence][:3]
        return Verdict(claim, "unverified", 0.0, evidence, f"{first.claim}: {first.explanation}")
    evidence = [v.evidence[0] for v in verdicts]
    confidence = min(v.confidence for v in verdicts)
    return Verdict(claim, "supported", confidence, evidence, "every part of the claim is supported")
