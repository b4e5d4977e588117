"""Contrasts a bag of words misses: comparisons with a direction, and words that are each other's negation.

- A **comparison** ("sound travels faster in water than in air") says which of two settings has more of
  something. Its words are the same as the reversed claim's ("faster in air than in water"), so matching
  words alone would support both. A comparison is read as (comparative, the setting said to have more, the
  setting compared with), and a passage decides it only by making the same comparison: "moves faster in
  water" supports it, "faster in air" or "slower in water" contradicts it, and a passage that makes no
  comparison of that kind does not decide it at all.
- A **comparison of two things** ("the Moon is bigger than the Earth") is spoken to by a passage about the same
  subject that compares it with the same thing the other way ("the Moon is smaller than Earth"): it says the
  opposite. Only size, weight and age, said right before "than": "faster in water than in air" compares
  settings, read above.
- An **un- antonym** ("unencrypted" against "encrypted") is a negation inside one word: a passage that says
  the plain word speaks to the claim's "un-" word, and says its opposite. So does one of a set of states that
  exclude each other: a volcano "active", "dormant" or "extinct", a creature "alive" or "dead".

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.vocabulary import terms

_PAIRS = [
    ("faster", "slower"), ("higher", "lower"), ("hotter", "colder"), ("warmer", "cooler"),
    ("larger", "smaller"), ("heavier", "lighter"), ("longer", "shorter"),
    ("older", "younger"), ("deeper", "shallower"), ("denser", "thinner"), ("louder", "quieter"),
    ("stronger", "weaker"), ("brighter", "dimmer"), ("more", "less"),
]  # fmt: skip
_OPPOSITE = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}
_PLACE = r"(?:in|through|on|under|across|inside|at)"
_COMPARATIVE = re.compile(
    r"\b(?P<cmp>" + "|".join(sorted(_OPPOSITE, key=len, reverse=True)) + r")(?:\s+(?P<what>[a-z]+))??"
    r"\s+" + _PLACE + r"\s+(?P<a>(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?:\s+than\s+(?:" + _PLACE + r"\s+)?(?P<b>(?:[\w'-]+\s+){0,3}?[\w'-]+))?"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|about|at|with|so|because|which|while|than|to|of)\b)",
    re.I,
)
Stance = Literal["supports", "contradicts", "related"]
# Verbs whose "un-" undoes an action rather than negating a state: to uncover is not "not to cover".
_REVERSALS = frozenset(
    terms(
        "uncover unearth unveil unfold unlock undo unpack unload unwrap untie unravel unleash unplug unzip unroll "
        "unseal unscrew unbutton undress unlearn unite unify"
    )
)
_UNTIL = re.compile(r"\buntil\b", re.I)
# States of which a thing is in one at a time: "an active volcano" is not "an extinct volcano".
_EXCLUSIVE_STATES = [frozenset(terms("active dormant extinct")), frozenset(terms("alive dead"))]


# Comparatives of two things ("bigger than the Earth"), each with its opposite.
_THING_PAIRS = [("bigger", "smaller"), ("larger", "smaller"), ("heavier", "lighter"), ("older", "younger")]
_THING_OPPOSITE = {a: b for pair in _THING_PAIRS for a, b in (pair, pair[::-1])}
_THAN_THING = re.compile(
    r"\b(?P<cmp>" + "|".join(sorted(_THING_OPPOSITE, key=len, reverse=True)) + r")\s+than\s+(?:the\s+)?"
    r"(?P<other>[\w'-]+(?:\s+[\w'-]+){0,2}?)(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|is|was|by|in)\b)",
    re.I,
)


def opposite_comparison(claim_text: str, clause_text: str) -> tuple[str, str] | None:
    """(the claim's comparative, the passage's) as terms, when the passage compares the claim's subject with the
    same thing the other way: "bigger than the Earth" against "smaller than Earth"."""
    claimed = _THAN_THING.search(claim_text[:1_000])
    said = _THAN_THING.search(clause_text[:1_000])
    if claimed is None or said is None:
        return None
    own, other = claimed.group("cmp").lower(), said.group("cmp").lower()
    if terms(own) == terms(other) or terms(_THING_OPPOSITE[own]) != terms(other):
        return None
    if set(terms(claimed.group("other"))) != set(terms(said.group("other"))):
        return None
    return terms(own)[0], terms(other)[0]


@dataclass(frozen=True, slots=True)
class Comparison:
    comparative: str  # "faster", or "more" / "less"
    more: frozenset[str]  # the setting said to have more of it: {"water"}
    than: frozenset[str]  # the setting compared with ({"air"}), empty when the sentence leaves it out
    said: str  # the words as written, for the explanation


def comparison(text: str) -> Comparison | None:
    """The first comparison between settings in ``text`` (one clause), or None."""
    found = _COMPARATIVE.search(text[:1_000])
    if not found:
        return None
    cmp = found.group("cmp").lower()
    if cmp in ("more", "less") and not found.group("what"):
        return None  # "more in winter": more of what is not said
    return Comparison(
        cmp, frozenset(terms(found.group("a"))), frozenset(terms(found.group("b") or "")), found.group().strip()
    )


def compared(claim_text: str, clause_text: str, flipped: bool) -> tuple[Stance, str] | None:
    """How a passage's comparison bears on the claim's, or None when the claim compares nothing.

    ``flipped`` when the passage's polarity differs from the claim's ("is not faster in water")."""
    claimed = comparison(claim_text)
    if claimed is None:
        return None
    said = comparison(clause_text)
    if said is None or said.comparative not in (claimed.comparative, _OPPOSITE[claimed.comparative]):
        return "related", "the passage does not make that comparison"
    same_way = said.comparative == claimed.comparative
    # Words both settings share ("water" in "salt water" and "fresh water") tell them apart from nothing.
    claimed_more, claimed_than = claimed.more - claimed.than, claimed.than - claimed.more
    said_more, said_than = said.more - said.than, said.than - said.more
    if said_more & claimed_more and not said_than & claimed_more:
        agrees = same_way
    elif said_more & claimed_than:
        agrees = not same_way
    else:
        return "related", "the passage compares other things"
    if flipped:
        return "related", f"the passage only says it is not {said.said}"
    if agrees:
        return "supports", f"the passage says it too: {said.said}"
    return "contradicts", f"the passage says it is {said.said}"


def un_antonym(claimed: frozenset[str], said: frozenset[str], said_text: str = "") -> tuple[str, str] | None:
    """(the claim's term, the passage's) when one is the other with "un-" ("unencrypt" and "encrypt").

    ``said`` are the terms of the passage's predicate. An "un-" that reverses an action ("uncover", "unfold")
    is no negation, and "undiscovered until 1985" says when it was discovered, not that it was not."""
    if _UNTIL.search(said_text[:1_000]):
        return None
    for term in sorted(claimed - _REVERSALS):
        if term in said:
            continue
        if term.startswith("un") and len(term) >= 6 and term[2:] in said:
            return term, term[2:]
        if len(term) >= 4 and f"un{term}" in said:
            return term, f"un{term}"
        for states in _EXCLUSIVE_STATES:
            if term in states and (other := sorted(states & said)):
                return term, other[0]
    return None


def counterpart(claim_text: str, said: frozenset[str]) -> str | None:
    """The claim's comparative when the passage uses its opposite ("slower" against "faster"): a passage that
    compares the other way still speaks to the claim, and ``compared`` decides how."""
    claimed = comparison(claim_text)
    if claimed is None:
        return None
    own, opposite = terms(claimed.comparative), terms(_OPPOSITE[claimed.comparative])
    if not own or not opposite or own[0] in said:
        return None
    return own[0] if opposite[0] in said else None
