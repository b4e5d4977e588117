"""A claim whose subject is restricted by a clause: the main clause first, the restriction after it as a condition.

"Honey that is sealed and kept dry never goes off" says of honey that it never goes off, when sealed and kept dry;
its "never" belongs to the main clause, after the restriction. Read left to right, "that is sealed" looked like the
main verb and the "never" was lost, so the claim came out as "honey is sealed" and "kept dry": positive, and the
note "Honey never goes off if it is sealed and kept dry" contradicted the very claim it makes. The same with the
restriction as an aside: "Honey, if sealed and kept dry, never goes bad".

So the claim is put in the order notes use: "Honey never goes off if it is sealed and kept dry", "Honey never goes
bad if sealed and kept dry". And a clause is never cut at "and" while a restriction is still open ("... if it is
sealed and kept dry" is one condition, not a second claim "kept dry" about honey).

Every scan here is over a bounded token list; the one regex is linear.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.vocabulary import AUXILIARIES, NEGATORS, PAST_FORMS, terms, verb_index

MAX_TOKENS = 60
_RELATIVES = frozenset("that which who".split())
# Words that open a clause inside a sentence: until a comma closes it, an "and" joins that clause's words.
_SUBORDINATORS = frozenset(
    "that which who whom whose if when whenever unless once while because although though where wherever".split()
)
_ASIDE = re.compile(
    r"(?P<subject>[^,]{1,60}),\s+(?P<condition>(?:if|when|once|unless|provided)\s[^,]{1,120}),\s+(?P<main>\S.{0,400})",
    re.S,
)
_PLURAL_SUBJECT = re.compile(r"(?:^|\s)(?:people|children|men|women|\w+[^s\W]s)\s*$", re.I)


def restriction_open(before: str) -> bool:
    """Is a restriction still open at the end of ``before``: a subordinating word ("that", "if", "when") that no
    comma has closed? "Honey never goes off if it is sealed" is; "The Titanic left Southampton in 1912" is not."""
    tokens = before.split()[-MAX_TOKENS:]
    opened = max((i for i, t in enumerate(tokens) if t.lower().strip(",;:") in _SUBORDINATORS and i > 0), default=-1)
    return opened >= 0 and not any(t.endswith(",") for t in tokens[opened:])


def _participle(tokens: list[str], at: int) -> bool:
    """Is ``tokens[at]`` a past participle with no auxiliary before it, its subject a single noun before it?"""
    word = tokens[at].lower()
    return at == 1 and (word.endswith("ed") or word in PAST_FORMS) and tokens[0].lower() not in AUXILIARIES


# A condition after the main clause ("... never goes off if it is sealed"); one leading the claim ("If you touch a baby
# bird, ...") is the claim's own premise, read with the rest.
_CONDITION = re.compile(r"(?<=\w)\s+(?:if|when|whenever|unless|once|provided)\s+(?P<said>[^,;]{1,200})", re.I)


# What a figure of speed, sound or light is measured through: "343 metres a second in air" is no claim about water.
_MEDIUM = re.compile(
    r"\b(?:in|through)\s+(?:the\s+|a\s+)?(?P<medium>air|water|sea\s*water|steel|iron|glass|vacuum|space|wood|rock"
    r"|ice|oil)\b",
    re.I,
)


def _media(text: str) -> set[str]:
    return {" ".join(m.group("medium").lower().split()) for m in _MEDIUM.finditer(text[:2_000])}


def _same_medium(claim: str, passage: str) -> bool:
    """A claim made in a medium ("in air") is not met by a passage that names only other media ("in water")."""
    claimed, said = _media(claim), _media(passage)
    return not claimed or not said or bool(claimed & said)


def meets_restriction(claim: str, passage: str) -> bool:
    """Does ``passage`` state the claim under the condition the claim names? "Honey never goes off if it is kept
    open" is not supported, nor denied, by "Honey never goes off if it is sealed and kept dry": the passage speaks
    of another condition. A claim with no condition is met by any passage."""
    if not _same_medium(claim, passage):
        return False
    found = _CONDITION.search(claim[:2_000])
    if found is None:
        return True
    said = set(terms(passage[:2_000]))
    return all(t in said for t in terms(found.group("said")))


def main_clause_first(claim: str) -> str:
    """``claim`` with a restriction of its subject moved after the main clause as a condition, or unchanged:
    "Honey that is sealed and kept dry never goes off" → "Honey never goes off if it is sealed and kept dry";
    "Honey, if sealed and kept dry, never goes bad" → "Honey never goes bad if sealed and kept dry". Only a
    restriction whose main clause is found is moved: after a relative clause, that is where a negation opens it."""
    aside = _ASIDE.fullmatch(claim.strip()[:600])
    if aside is not None and verb_index(aside.group("subject").split()) is None:
        return f"{aside.group('subject')} {aside.group('main')} {aside.group('condition')}"
    tokens = claim.split()
    if len(tokens) > MAX_TOKENS:
        return claim
    relative = next((i for i, t in enumerate(tokens) if i > 0 and t.lower() in _RELATIVES), None)
    if relative is None and len(tokens) > 2 and _participle(tokens, 1):
        # "Honey kept open never goes off": "kept open" restricts honey, as "that is kept open" would
        tokens, relative = [tokens[0], "that", "is", *tokens[1:]], 1
    if relative is None or verb_index(tokens[:relative], guess=True) is not None:
        return claim  # no relative clause right after the subject: "TCP retransmits data that is not ..."
    own = verb_index(tokens[relative + 1 :], continuation=True)
    if own is None:
        return claim
    start = relative + 1 + own
    if tokens[start].lower() in NEGATORS or tokens[start].lower().endswith("n't"):
        return claim  # "Honey that never spoils ...": the negation is the restriction's own
    denial = next(
        (
            i
            for i in range(start + 1, len(tokens))
            if tokens[i].lower() in NEGATORS or tokens[i].lower().endswith("n't")
        ),
        None,
    )
    if denial is None or tokens[denial - 1].lower() in ("and", "or"):
        return claim
    if any(t.lower() in ("but", "yet") or t.endswith((",", ";")) for t in tokens[start:denial]):
        return claim  # "Fleming discovered penicillin but never patented it": a main verb, then a second clause
    main = denial - 1 if tokens[denial - 1].lower() in AUXILIARIES and denial - 1 > start else denial
    subject = " ".join(tokens[:relative])
    pronoun = "they" if _PLURAL_SUBJECT.search(subject) else "it"
    restriction = " ".join(tokens[relative + 1 : main])
    if not restriction:
        return claim
    return f"{subject} {' '.join(tokens[main:])} if {pronoun} {restriction}"
