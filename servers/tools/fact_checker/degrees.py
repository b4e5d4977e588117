"""Degrees a bag of words misses: what a superlative ranks, and which way a comparison between two things runs.

- A **superlative** ranks its subject among things of one kind, within a scope: "the largest planet in the
  Solar System", "the longest river in Asia". A passage supports a superlative claim only when it uses the same
  superlative of the same kind of thing, within the same scope or none narrower: "the largest volcano in the
  Solar System" says nothing about "the largest planet", nor "the longest river in Asia" about "the longest
  river in the world".
- A **comparison of degree** ("ice is denser than water", "less dense than water") runs one way. Its words
  are those of the opposite comparison, so a passage decides it only by making a comparison of the same
  quality: the same way supports it, the other way against the same thing contradicts it, and a passage that
  compares nothing of that quality does not decide it. A passage about the thing compared with, turned round
  ("light travels a million times faster than sound" for "sound travels faster than light"), decides it too:
  the same way contradicts it, the other way ("sound is slower than light") supports it.

- A quality **at its limit** ("completely blind", "totally safe") is denied by a passage that denies the
  quality ("Bats are not blind": not blind at all, so not completely blind), but a passage that only asserts
  the quality ("bats see poorly", "bats are blind") does not say it is complete: the limit's adverb is left out
  of the words a passage must hold, and a passage without one never supports the claim.

Comparisons between settings ("faster in water than in air") are contrasts.py's. Every regex here is linear:
bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from servers.tools.fact_checker.propositions import Proposition
from servers.tools.fact_checker.vocabulary import terms

MAX_TEXT = 1_000
# Words that end in "-est" without being superlatives.
_NOT_SUPERLATIVE = frozenset(
    """forest interest west rest test nest chest request protest harvest contest quest priest guest crest
    conquest everest honest modest earnest digest arrest invest suggest manifest pest vest southwest northwest
    midwest unrest latest rainforest""".split()
)
_SUPERLATIVE = re.compile(
    r"\b(?:the|its|their|his|her|our|[a-z]+'s|[a-z]+’s)\s+(?:(?P<ordinal>second|third|fourth|fifth)\s+)?"
    r"(?P<sup>[a-z]{2,20}est|best|worst|most\s+[a-z]{3,20}|least\s+[a-z]{3,20}|first|second|third|fourth|fifth)\b"
    r"(?=(?P<rest>(?:[ ,]{1,2}[\w'-]{1,30}){0,8}))",
    re.I,
)
# Places in an order, ranked like superlatives: "the first woman in space", "the second person in space".
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
# Participles that say how a superlative is measured; the scope follows them ("measured from base to peak").
_MEASURED = frozenset({"measured", "counted", "ranked", "judged", "reckoned", "calculated"})
_SCOPE_WORDS = frozenset({"in", "on", "of", "within", "among", "across", "above", "below", "from", "at", "by", "for"})
# A scope that is everywhere narrows nothing: "the largest ocean on Earth" is "the largest ocean", and "the
# hottest planet" is the hottest of the Solar System's.
_EVERYWHERE = frozenset(terms("world earth planet globe history ever time universe solar system"))
_DEGREE = re.compile(
    # a known comparative may name what it measures: "boils at a lower temperature than water"
    r"\b(?:(?P<dir>more|less|fewer)\s+(?P<adj>[a-z]{3,20})|(?P<er>[a-z]{3,20}er)(?:\s+(?P<measure>(?!than\b)[a-z]{4,20}))?)"
    r"(?:\s+(?:as|in|at|on|when|during)\s+(?P<setting>[\w'-]{1,30}))?\s+than\s+"
    r"(?P<than>(?:[\w'-]{1,30}\s+){0,3}[\w'-]{1,30})",
    re.I,
)
# An "-er" word is read as a comparative when it is a known one or follows a word that takes one ("is
# denser", "times faster", "runs faster"): most "-er" words before "than" otherwise are nouns ("more water").
_BEFORE_COMPARATIVE = frozenset(
    """is are was were be been being isn't aren't wasn't weren't much far slightly even times no any a bit lot
    get gets got grow grows grew become becomes became seem seems look looks feel feels run runs ran travel
    travels travelled move moves moved spin spins burn burns live lives lived""".split()
)
# Comparatives whose opposite is another word: "slower" runs the other way from "faster".
_LOWER = {
    "slower": "faster", "lower": "higher", "colder": "hotter", "cooler": "warmer", "smaller": "larger",
    "lighter": "heavier", "shorter": "longer", "younger": "older", "shallower": "deeper", "thinner": "denser",
    "quieter": "louder", "weaker": "stronger", "dimmer": "brighter", "fainter": "brighter", "worse": "better",
}  # fmt: skip
Stance = Literal["supports", "contradicts", "related"]
# Adverbs that put a quality at its limit. Read as words, not stems: "fully" is a limit, "full" a quality.
_LIMIT = re.compile(
    r"\b(?:completely|totally|entirely|fully|wholly|utterly|absolutely|altogether|perfectly|100 percent)\b", re.I
)


# A superlative of distance may follow its noun: "the planet closest to the Sun" is "the closest planet to the Sun".
_AFTER_ITS_NOUN = re.compile(
    r"\b(?P<det>the|its|their)\s+(?P<noun>[a-z]{3,20})\s+(?P<sup>closest|nearest|farthest|furthest)\s+(?P<to>to|from)\b",
    re.I,
)


def fronted(text: str) -> str:
    """``text`` with every superlative of distance said after its noun put before it, word for word otherwise
    (the text keeps its length): "the planet closest to the Sun" reads "the closest planet to the Sun"."""
    return _AFTER_ITS_NOUN.sub(lambda m: f"{m['det']} {m['sup']} {m['noun']} {m['to']}", text)


@dataclass(frozen=True, slots=True)
class Superlative:
    degree: str  # the superlative's term: "largest"
    kind: str  # the term of what it ranks ("planet"), "" when the text leaves it out ("the fastest")
    modifiers: frozenset[str]  # the terms that narrow the kind: "tropical" in "the largest tropical rainforest"
    scope: frozenset[str]  # where it ranks ("in Asia": {"asia"}), empty when everywhere
    said: str  # the superlative and what it ranks, as written: "largest planet"
    ordinal: bool = False  # "the first woman in space": a place in an order, ranked only in that very order


# "Water is at its densest at 4 degrees" says what "Water is densest at 4 degrees" says: the thing at its own limit,
# ranked against nothing else.
_AT_ITS = re.compile(
    r"\b(?P<verb>is|are|was|were|be|gets?|got)\s+at\s+(?:its|their|his|her)\s+(?P<sup>[a-z]{2,20}est|best|worst)\b",
    re.I,
)


def own_limit(claim: str) -> str:
    """``claim`` with "is at its densest" said as "is densest"."""
    return _AT_ITS.sub(lambda m: f"{m['verb']} {m['sup']}", claim)


def superlatives(text: str) -> list[Superlative]:
    """The superlatives of ``text`` with what they rank and where."""
    found: list[Superlative] = []
    for match in _SUPERLATIVE.finditer(fronted(text[:MAX_TEXT])):
        word = match.group("sup").lower()
        ordinal = word in _ORDINALS
        if " " not in word and not _is_superlative(match.group("sup")) and word not in ("best", "worst", *_ORDINALS):
            continue
        degree = [word] if ordinal else terms(word.split()[-1])
        if not degree:
            continue
        if match.group("ordinal"):  # "the second largest ocean" is not "the largest ocean"
            degree = [f"{match.group('ordinal').lower()} {degree[0]}"]
        following = re.findall(r"[\w'-]+|,", match.group("rest"))
        i = 0
        coordinated: list[str] = []  # "the coldest, windiest and driest continent": each ranks "continent"
        while i < len(following) and (following[i].lower() in ("and", "or", ",") or _is_superlative(following[i])):
            coordinated += terms(following[i]) if _is_superlative(following[i]) else []
            i += 1  # "the largest and deepest ocean": both rank "ocean"
        owner = _named_owner(following, i)  # "the largest of Japan's islands": islands, in Japan
        i = i + 2 if owner else _past_partitive(following, i)  # "the smallest of the world's oceans": "oceans"
        phrase: list[str] = []  # "tropical rainforest": the noun ranked, last, and what narrows it
        while i < len(following) and len(phrase) < 3 and _in_noun_phrase(following[i], named=ordinal):
            phrase.append(following[i])
            i += 1
        kinds = [t for w in phrase for t in terms(w)]
        kind = kinds[-1] if kinds else ""
        said = " ".join([word, *phrase])
        if i < len(following) and following[i].lower() in _MEASURED:
            i += 1  # "the tallest mountain measured from base to peak": ranked within "from base to peak"
        scope: list[str] = []
        if i < len(following) and (following[i] in _SCOPE_WORDS or ordinal and following[i] == "to"):
            for token in following[i + 1 : i + 5]:
                if token in (",", "and", "or", "which", "that", "who", "but", "while", "because", "by"):  # "by area"
                    break
                scope += terms(token) if token.lower() != "all" else []  # "of all Africa": in Africa
        scoped = (frozenset(scope) or owner) - _EVERYWHERE
        found.append(Superlative(degree[0], kind, frozenset(kinds[:-1]), scoped, said, ordinal))
        for other in coordinated:
            found.append(Superlative(other, kind, frozenset(kinds[:-1]), scoped, " ".join([other, *phrase])))
    return found


# "the smallest of the world's oceans", "the largest of all the planets": the kind ranked after "of", among all of
# it everywhere; the words between say only that ("the", "all", "world's").
_AMONG_ALL = frozenset({"the", "all", "world's", "world’s", "earth's", "earth’s", "its", "their"})


def _named_owner(following: list[str], i: int) -> frozenset[str]:
    """The terms of a name owning the kind after "of" ("of Japan's islands": Japan), the scope of the ranking; empty
    when there is none. The kind ranked is then the word after the name."""
    if i + 2 >= len(following) or following[i].lower() != "of":
        return frozenset()
    name = following[i + 1]
    if not (name[:1].isupper() and name.endswith(("'s", "’s")) and following[i + 2].endswith("s")):
        return frozenset()
    return frozenset(terms(name[:-2]))


def _past_partitive(following: list[str], i: int) -> int:
    """The index of the noun a superlative ranks when it follows "of" and words that only say "all of it"
    ("of the world's oceans"), a plural; else ``i`` unchanged."""
    if i >= len(following) or following[i].lower() != "of":
        return i
    j = i + 1
    while j < len(following) and following[j].lower() in _AMONG_ALL:
        j += 1
    if j < len(following) and following[j].endswith("s") and _in_noun_phrase(following[j]):
        return j
    return i


def ranked_kind(text: str, degree: str) -> list[str]:
    """The term of what ``text``'s superlative of ``degree`` ranks ("ocean" for "smallest" in "the smallest of the
    world's oceans"), else the term after the superlative's, as a list of at most one."""
    kinds = [found.kind for found in superlatives(text) if found.degree == degree and found.kind]
    if kinds:
        return kinds[:1]
    own = terms(text)
    return own[own.index(degree) + 1 : own.index(degree) + 2] if degree in own else []


def _is_superlative(word: str) -> bool:
    return word.islower() and word.endswith("est") and word not in _NOT_SUPERLATIVE


def _in_noun_phrase(word: str, named: bool = False) -> bool:
    """Is ``word`` part of the noun phrase a superlative ranks: not a preposition, a participle ("the largest
    volcano known"), or a word that is no content? After an ordinal (``named``) a capitalized word counts: "the
    first American woman in space" ranks American women."""
    if not (word.islower() or named and word[:1].isupper()) or word in _SCOPE_WORDS:
        return False
    if word in ("known", "ever", "recorded"):
        return False
    return bool(terms(word)) and not word.endswith("ed")


def _ranks_alike(claimed: Superlative, said: Superlative) -> bool:
    if claimed.degree != said.degree:
        return False
    if claimed.kind and said.kind and claimed.kind != said.kind:
        return False  # "the largest volcano" is not "the largest planet"
    if claimed.kind and not said.modifiers <= claimed.modifiers:
        return False  # "the highest free-standing mountain" is not "the highest mountain"
    if not claimed.modifiers <= said.modifiers:
        return False  # "the largest desert" says nothing of "the largest hot desert": it may be a cold one
    if claimed.ordinal or said.ordinal:
        # "the first person in space" is not "the first person on the Moon", nor "to walk on the Moon": an order
        # holds only for the very same kind and qualifier
        return claimed.kind == said.kind and claimed.scope == said.scope
    # A narrower scope in the passage ("in Asia", "in West Africa") does not rank the subject everywhere (or in all
    # of Africa), nor the largest on Earth in Asia (it may lie elsewhere): the scopes must be the same.
    return said.scope == claimed.scope


def ranked(claim_text: str, clause_text: str) -> tuple[Stance, str] | None:
    """``None`` when the passage's superlatives back every superlative of the claim; else why it does not."""
    said = superlatives(clause_text)
    for claimed in superlatives(claim_text):
        if claimed.ordinal and not claimed.kind and not claimed.scope:
            # "made the first powered flight": too loose to rank; a passage that says "first" of it will do
            if re.search(rf"\b{claimed.degree}\b", clause_text[:MAX_TEXT], re.I):
                continue
        if not any(_ranks_alike(claimed, s) for s in said):
            placed = next((s for s in said if _placed_lower(claimed, s)), None)
            if placed is not None:  # "the third longest river in Africa" for "the longest river in Africa"
                return "contradicts", f"the passage says it is the {placed.degree.split()[0]} {placed.said}"
            return "related", f"the passage does not say it is the {claimed.said}"
    return None


def _placed_lower(claimed: Superlative, said: Superlative) -> bool:
    """Whether ``said`` places the subject lower in the very ranking ``claimed`` puts it first in: "the third
    longest river in Africa" against "the longest river in Africa" (the same degree, kind and scope)."""
    place, _, degree = said.degree.partition(" ")
    return (
        place in _ORDINALS[1:]
        and degree == claimed.degree
        and not claimed.ordinal
        and claimed.kind == said.kind
        and claimed.scope == said.scope
        and claimed.modifiers == said.modifiers
    )


# Where a subject's name ends and what is said of its place begins: "Mount Kilimanjaro, in Tanzania near the border
# with Kenya" is Kilimanjaro, whatever else its words name.
_NAME_ENDS = re.compile(r",|\b(?:in|on|at|near|by|from|with|which|who|that|whose)\b", re.I)


def unranked(claim: Proposition, clause: Proposition) -> tuple[Stance, str] | None:
    """Why the passage does not rank the claim's subject as the claim does, or None: ``ranked``, and more. Only one
    thing can be the highest mountain in Africa, so a passage ranks the claim's subject only when it names that
    subject, not another whose description shares a word with it ("Mount Kilimanjaro, near the border with Kenya"
    for "Mount Kenya")."""
    why_not = ranked(claim.text, clause.text)
    if why_not is not None or clause.anaphoric or not superlatives(claim.text):
        return why_not
    said = _NAME_ENDS.split(clause.subject, maxsplit=1)[0].strip()
    name, claimed = frozenset(terms(said, subject=True)), claim.subject_terms
    if name and claimed and not (claimed <= name or name <= claimed):
        return "related", f"the passage says it of {said}, not of {claim.subject}"
    return None


@dataclass(frozen=True, slots=True)
class Degree:
    quality: str  # the term of the quality compared: "dens", "fast"
    more: bool  # "denser", "more common" (True); "less dense", "slower" (False)
    than: frozenset[str]  # the terms of what it is compared with
    setting: frozenset[str]  # "denser as solids than as liquids": {"solid"}; empty when not said
    said: str


def degree(text: str) -> Degree | None:
    """The first comparison of degree in ``text`` ("denser than water"), or None. A bound ("more than 1,500")
    is a figure, not a comparison."""
    for match in _DEGREE.finditer(text[:MAX_TEXT]):
        than = match.group("than")
        if than[:1].isdigit():
            continue
        if match.group("er"):
            word = match.group("er").lower()
            before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
            known = word in _LOWER or word in _LOWER.values()
            if match.group("measure") and not known:
                continue
            if not known and (not before or before[0].lower() not in _BEFORE_COMPARATIVE):
                continue
            more = word not in _LOWER
            base = _LOWER.get(word, word)
            quality = base[:-3] if base[-3:] in ("ier",) else base[:-2]
            if base.endswith(("ger", "ter", "der", "ner")) and base[-3] == base[-4]:
                quality = base[:-3]  # "bigger", "hotter", "thinner"
        else:
            more = match.group("dir").lower() == "more"
            quality = match.group("adj").lower()
        quality_terms = terms(quality)
        if not quality_terms:
            continue
        setting = frozenset(terms(match.group("setting") or ""))
        return Degree(quality_terms[0], more, frozenset(terms(than)), setting, match.group().strip())
    return None


def _same_quality(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def graded(claim_text: str, clause_text: str, flipped: bool) -> tuple[Stance, str] | None:
    """How a passage bears on the claim's comparison of degree, or None when the claim makes none.

    ``flipped`` when the passage's polarity differs from the claim's."""
    claimed = degree(claim_text)
    if claimed is None:
        return None
    said = degree(clause_text)
    if said is None or not _same_quality(claimed.quality, said.quality):
        return "related", "the passage does not make that comparison"
    # "less dense as liquids than as solids" is "denser as solids than as liquids" turned round.
    turned = bool(claimed.setting & said.than and claimed.than & said.setting)
    alike = bool(claimed.than & said.than) and (not claimed.setting or bool(claimed.setting & said.setting))
    if not turned and not alike:
        return "related", "the passage compares it with something else"
    if flipped:
        return "related", f"the passage only says it is not {said.said}"
    if (said.more == claimed.more) != turned:
        return "supports", f"the passage says it too: {said.said}"
    return "contradicts", f"the passage says it is {said.said}"


def turned_round(
    claim_subject: frozenset[str], claim_text: str, clause_subject: frozenset[str], clause_text: str, flipped: bool
) -> tuple[Stance, str] | None:
    """How a passage about what the claim compares its subject with bears on the comparison, or None when it
    is not that comparison turned round: the passage's subject is the claim's "than", its "than" the claim's
    subject, and the quality the same ("light ... faster than sound" for "sound travels faster than light")."""
    claimed = degree(claim_text)
    if claimed is None or not claimed.than or not claim_subject or claimed.setting:
        return None
    said = degree(clause_text)
    if said is None or said.setting or not _same_quality(claimed.quality, said.quality):
        return None
    if not (claimed.than <= clause_subject and claim_subject <= said.than):
        return None
    if flipped:
        return "related", f"the passage only says it is not {said.said}"
    passage = " ".join(clause_text.split()[:20])
    if said.more == claimed.more:  # "light is faster than sound" against "sound is faster than light"
        return "contradicts", f"the passage says the opposite: '{passage}'"
    return "supports", f"the passage says it the other way round: '{passage}'"


def limit_terms(claim_text: str) -> frozenset[str]:
    """The terms of the adverbs in ``claim_text`` that put a quality at its limit: {"complet"} for "Bats are
    completely blind". A passage need not hold them to speak to the claim (see ``short_of_limit``)."""
    return frozenset(t for word in _LIMIT.findall(claim_text[:MAX_TEXT]) for t in terms(word))


def short_of_limit(claim_text: str, clause_text: str) -> bool:
    """Does the claim put a quality at its limit where the passage does not? Then the passage cannot support it:
    "Bats have poor eyesight" is no evidence that bats are completely blind."""
    return bool(_LIMIT.search(claim_text[:MAX_TEXT])) and not _LIMIT.search(clause_text[:MAX_TEXT])


def within_limit(claim: Proposition) -> Proposition:
    """``claim`` without the adverbs that put its quality at a limit among the words a passage must hold:
    "Bats are completely blind" is spoken to by "Bats are not blind" (stance() keeps the limit in view)."""
    limits = limit_terms(claim.text)
    kept = claim.predicate_terms - limits
    if not limits or not kept:
        return claim
    head = claim.head if claim.head in kept else next((t for t in terms(claim.text) if t in kept), "")
    return replace(claim, predicate_terms=kept, terms=claim.terms - limits, head=head)


TURNED = 0.9
"""The match of a passage that makes the claim's comparison turned round: its subject is not the claim's."""


def turned_clause(claim: Proposition, clause: Proposition) -> tuple[Stance, str] | None:
    """The stance of a clause that makes the claim's comparison with its two things swapped (``turned_round``), or
    None; a clause that points back ("it") or names numbered things is never read so."""
    if clause.anaphoric or claim.identifiers or clause.identifiers:
        return None
    flipped = clause.negated != claim.negated
    return turned_round(claim.subject_terms, claim.text, clause.subject_terms, clause.text, flipped)
