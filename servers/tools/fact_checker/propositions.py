"""Propositions: what a sentence says, about what, and whether it says it or denies it.

The fact checker compares a claim with evidence proposition by proposition, so both are read the same way.
A sentence is cut into clauses (at ";", ":", ", but", ", and", ", while" ...), and each clause is read as

- a **subject**: the words before the main verb ("The Great Wall of China" in "The Great Wall of China is
  not visible from orbit"). A clause that starts with its verb ("... but uses 20 percent") keeps the subject
  of the clause before it; a pronoun or "the <noun>" subject stands for the topic of the document it is in;
- a **predicate**: the verb and what follows, as content words (stemmed, with a few synonyms made one word:
  "finished" and "completed", "tall" and "high", "remember" and "memory");
- a **polarity**: negated when a negation sits in the verb group ("did not fail", "never strikes", "cannot be
  seen") or the subject is "no ..."; a "not" elsewhere (in a relative clause, a leading "Although ... not
  ...," clause, "not only", "not until") does not negate the predicate. A frame that calls a statement a myth
  or false, or says there is no evidence for it ("The idea that X is a myth", "There is no evidence that X")
  yields X with its polarity flipped; "Studies show that X" yields X as asserted;
- its **figures** (see figures.py).

A question claim ("Is Everest 8,849 metres tall?") is put back in statement order before it is read.
Every regex here is linear in the clause length; callers cap sentence sizes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from servers.tools.fact_checker.authorship import as_made
from servers.tools.fact_checker.existentials import Count, as_had, counted
from servers.tools.fact_checker.figures import Figure, find_figures
from servers.tools.fact_checker.frames import unframe
from servers.tools.fact_checker.restrictions import main_clause_first, restriction_open
from servers.tools.fact_checker.vocabulary import (
    AUXILIARIES,
    DETERMINERS,
    NEGATORS,
    PAST_FORMS,
    PRONOUNS,
    RELATIVES,
    TOKEN,
    plural_noun,
    rephrase,
    terms,
    verb_index,
)

MAX_CLAUSE_CHARS = 1_000

# Clause breaks; ", not X" and "and not X" ("for months, not seconds") become a clause of their own that keeps its
# "not"; a reason ("because it is nearest the Sun") is a statement of its own, checked apart from what it explains.
# "... in 1774 and was executed in 1793" is two clauses: each keeps its own figures.
_SPLIT = re.compile(
    r";|:\s|\s[—–]\s|,?\s+(?:but|whereas|yet|because)\s+|,\s+(?:and|while|so)\s+|,\s+(?=not\s)"
    r"|\s+and\s+(?=(?:was|were|is|are|has|have|had|did|does|will|then|not)\s)",
    re.I,
)
_PARENTHESES = re.compile(r"\([^()]{0,400}\)")
# Relative clauses and appositives (", a cost that ...") say something about another thing: they are left out.
_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom|where|an?\s+[\w-]+\s+(?:that|which))\b[^,]*(?:,|$)", re.I)
_LEAD = re.compile(r"(?P<lead>[^,]{1,80}),\s+(?P<rest>\S.*)", re.S)
_LEAD_WORDS = frozenset(
    "although though while when whenever after before because since if unless as despite without with in on "
    "at by during from for until unlike like contrary according throughout under over within among between "
    "once today now however moreover yet still nonetheless instead later eventually meanwhile together "
    "roughly about some nearly almost around besides beyond".split()
)


@dataclass(frozen=True, slots=True)
class Proposition:
    """One clause read as subject + predicate, with its polarity and figures."""

    text: str
    subject: str  # the subject as written ("" when the clause has none)
    subject_terms: frozenset[str]
    predicate_terms: frozenset[str]
    terms: frozenset[str]  # every content term of the clause, subject and leading phrases included
    negated: bool
    denial: str  # "" or why the polarity was flipped: "calls it a myth", "says there is no evidence for it"
    anaphoric: bool  # the subject is a pronoun or "the <noun>": it stands for the document's topic
    agent_terms: frozenset[str]  # "by <agent>" in a passive clause
    figures: tuple[Figure, ...]
    identifiers: frozenset[str]  # numbers that name the subject: "11" in "Apollo 11 landed ..."
    head: str  # the predicate's first content term, the verb or complement it turns on: "land", "visibl"


def _negated(subject: list[str], group: list[str], clause: str) -> bool:
    if subject and subject[0].lower() in {"no", "none", "nothing", "nobody", "neither"}:
        return True
    words = [w.lower() for w in group]
    if any(w in RELATIVES for w in words[1:]):  # "sends data that isn't acknowledged": the clause's, not ours
        words = words[: next(i for i, w in enumerate(words) if i and w in RELATIVES)]
    for i, word in enumerate(words):
        if word in NEGATORS or word.endswith("n't"):
            following = words[i + 1] if i + 1 < len(words) else ""
            if following in ("only", "just", "merely"):
                continue
            if word != "no" and re.search(r"\buntil\b", clause, re.I):
                continue  # "did not arrive until 1770" says when it arrived, not that it did not
            return True
    return False


def _strip_leads(text: str) -> tuple[str, str]:
    """The clause without leading adverbial phrases ("In 1895, at sixteen, he sat ..."), and those phrases."""
    leads: list[str] = []
    for _ in range(3):
        match = _LEAD.fullmatch(text)
        if not match:
            break
        lead_words = match.group("lead").split()
        first = lead_words[0].lower() if lead_words else ""
        if first not in _LEAD_WORDS and first not in PAST_FORMS and not first.endswith(("ed", "ing")):
            break
        leads.append(match.group("lead"))
        text = match.group("rest")
    return text, " ".join(leads)


def _agent(predicate: list[str]) -> frozenset[str]:
    lowered = [w.lower() for w in predicate]
    if "by" not in lowered:
        return frozenset()
    after = predicate[lowered.index("by") + 1 :]
    end = next((i for i, w in enumerate(after) if w.lower() in {"in", "on", "at", "for", "from", "and"}), len(after))
    return frozenset(terms(" ".join(after[:end]), subject=True))


def _read_clause(
    clause: str, previous: Proposition | None, continuation: bool, guess: bool = False
) -> Proposition | None:
    clause = clause.strip(" ,.!?\"'“”")
    framed = unframe(clause)
    if framed is False:
        return None  # "a newspaper claimed that X" asserts nothing about X
    if framed is not None:
        inner = _read_clause(framed.inner, None, False)
        if inner is None or not framed.denied:
            return replace(inner, text=clause) if inner else None
        return replace(inner, negated=not inner.negated, denial=framed.why, text=clause)
    body = _RELATIVE.sub(" ", _PARENTHESES.sub(" ", clause))
    core, leads = _strip_leads(body)
    tokens = TOKEN.findall(core)
    if not tokens:
        return None
    if (count := counted(core)) is not None:
        had = as_had(count)  # "there are eight planets in the solar system": the solar system has them
        return _read_clause(had, previous, continuation, guess) if had else _count_read(clause, count, leads)
    v = verb_index(tokens, continuation, guess)
    figures = find_figures(body)
    if v is None and not (continuation and previous):
        return None  # a noun phrase or heading, not a statement
    if v is None or v == 0:
        if previous is None:
            return None
        # "... but uses 20 percent": the subject carries over; a verbless tail ("but not from the Moon") also
        # keeps the verb and what it said, so its words add to the previous predicate.
        own = terms(core)
        negated = _negated([], tokens[:4], core)
        # A denying tail ("..., not from the snake") denies its own words, said with the verb before it: the rest
        # of what the clause before it said is not denied with them.
        kept = {previous.head} if negated and own else set(previous.predicate_terms)
        predicate = set(own) | (kept if v is None else set[str]())
        head = previous.head if v is None or not own else own[0]
        return Proposition(
            clause, previous.subject, previous.subject_terms, frozenset(predicate),
            frozenset(predicate | previous.subject_terms | set(terms(leads))), negated, "",
            previous.anaphoric, _agent(tokens), figures.figures, previous.identifiers, head,
        )  # fmt: skip
    subject, predicate = tokens[:v], tokens[v:]
    subject_terms = frozenset(terms(" ".join(subject), subject=True))
    said = [t for t in terms(" ".join(predicate)) if t not in subject_terms or t == "human"]
    return Proposition(
        text=clause,
        subject=" ".join(subject),
        subject_terms=subject_terms,
        predicate_terms=frozenset(said),
        terms=subject_terms | frozenset(said) | frozenset(terms(leads)),
        negated=_negated(subject, predicate[:4], core),
        denial="",
        anaphoric=_anaphoric(subject, subject_terms),
        agent_terms=_agent(predicate),
        figures=figures.figures,
        identifiers=find_figures(" ".join(subject)).identifiers,
        head=said[0] if said else "",
    )


def _count_read(clause: str, count: Count, leads: str) -> Proposition:
    """ "there are seven continents" as a proposition about the continents: they number seven."""
    subject_terms = frozenset(terms(count.things, subject=True))
    said = frozenset(["number", *(t for t in terms(count.rest) if t not in subject_terms)])
    return Proposition(
        text=clause,
        subject=count.things,
        subject_terms=subject_terms,
        predicate_terms=said,
        terms=subject_terms | said | frozenset(terms(f"{leads} {count.lead}")),
        negated=False,
        denial="",
        anaphoric=False,
        agent_terms=frozenset(),
        figures=find_figures(f"{count.count} {count.things}{count.rest}").figures,
        identifiers=frozenset(),
        head="number",
    )


def _anaphoric(subject: list[str], subject_terms: frozenset[str]) -> bool:
    lowered = [w.lower() for w in subject]
    if not subject_terms:
        return any(w in PRONOUNS for w in lowered)
    definite = lowered[0] in {"the", "this", "that", "these", "those", "its", "their"}
    return definite and len(subject) <= 3 and all(not w[:1].isupper() for w in subject[1:])


@lru_cache(maxsize=8192)
def read_sentence(sentence: str, guess: bool = False) -> tuple[Proposition, ...]:
    """The propositions of one sentence, clause by clause; ``guess`` as for verb_index()."""
    text = rephrase(sentence[:MAX_CLAUSE_CHARS])
    read: list[Proposition] = []
    previous: Proposition | None = None
    for n, clause in enumerate(_SPLIT.split(text)):
        if not clause or not clause.strip():
            continue
        proposition = _read_clause(clause, previous, n > 0, guess)
        if proposition is not None:
            read.append(proposition)
            previous = proposition
        if not guess:  # a note's "X wrote Y" is also about Y: "Y was written by X"
            read += [p for p in (_read_clause(made, None, False) for made in as_made(clause.strip())) if p]
    return tuple(read)


def statement_order(claim: str) -> str:
    """A yes/no question as a statement: "Is Everest 8,849 metres tall" → "Everest is 8,849 metres tall"."""
    tokens = claim.split()
    if len(tokens) < 3 or tokens[0].lower() not in AUXILIARIES:
        return claim
    # "Did the French queen Marie Antoinette ever say ...": the subject runs up to the verb when there is one;
    # "Is the Great Wall of China visible ...": else it is the noun phrase after the auxiliary.
    verb = verb_index(tokens[1:], continuation=False)
    end = verb + 1 if verb is not None else _subject_end(tokens, 1)
    if end <= 1 or end >= len(tokens):
        return claim
    subject = " ".join(tokens[1:end])
    return f"{subject[:1].upper()}{subject[1:]} {tokens[0].lower()} {' '.join(tokens[end:])}"


def _subject_end(tokens: list[str], i: int) -> int:
    """The end of the noun phrase starting at ``tokens[i]``: determiners, a name or one noun, "of" + more."""
    while i < len(tokens) and tokens[i].lower() in DETERMINERS - {"of", "to"}:
        i += 1
    if i >= len(tokens):
        return i
    if tokens[i][:1].isupper():
        while i < len(tokens) and (
            tokens[i][:1].isupper()
            or tokens[i][:1].isdigit()
            or tokens[i].lower() in {"of", "the", "de", "von", "van", "and", "&"}
            and i + 1 < len(tokens)
            and tokens[i + 1][:1].isupper()
        ):
            i += 1
        return i
    i += 1
    if tokens[i - 1].lower().endswith("ing") and i < len(tokens):
        i += 1  # "drinking coffee"
    while i < len(tokens) and plural_noun(tokens[i]):
        i += 1  # "goldfish memories", "lightning strikes": a noun compound, not "coffee bad"
    if i + 1 < len(tokens) and tokens[i].lower() == "of":
        return _subject_end(tokens, i + 1)
    return i


def subject_head(subject: str) -> frozenset[str]:
    """The terms of what a subject is about: "hump" in "A camel's hump", "record" in "The record of the ship".
    A subject without a possessive or an "of" phrase is all head; so is one whose head is only function words
    ("Most of the brain")."""
    tokens = subject.split()
    owner = max((i for i, w in enumerate(tokens) if w.lower().endswith(("'s", "’s", "s'"))), default=-1)
    if owner >= 0:
        tokens = tokens[owner + 1 :]
    else:
        lowered = [w.lower() for w in tokens]
        if "of" in lowered[1:]:
            tokens = tokens[: lowered.index("of", 1)]
    head = frozenset(terms(" ".join(tokens), subject=True))
    return head or frozenset(terms(subject, subject=True))


# "... and sank on 10 April": a second predicate of the same subject, led by its verb.
_AND_VERB = re.compile(r"\s+and\s+(?=([a-z]+)\b)")


def _coordinated(statement: str) -> str:
    """ "The Titanic left Southampton in 1912 and sank on 10 April" as two clauses of one subject, each judged on
    its own (a note that holds every figure of both must not support the second by the first's date)."""

    def cut(found: re.Match[str]) -> str:
        before = statement[: found.start()].split()
        verb = [found.group(1)]
        open_restriction = restriction_open(statement[: found.start()])  # "if it is sealed and kept dry"
        if verb_index(before) is not None and verb_index(verb, continuation=True) == 0 and not open_restriction:
            return "; "
        return found.group(0)

    return _AND_VERB.sub(cut, statement[:MAX_CLAUSE_CHARS])


def read_claim(claim: str) -> tuple[Proposition, ...]:
    """The propositions of a claim (one sentence, framing already removed), question order undone."""
    statement = _coordinated(main_clause_first(statement_order(claim.strip().rstrip("?!. "))))
    made = as_made(statement, every_work=False)  # "Hemingway wrote The Great Gatsby" is about the book
    passive = read_sentence(made[0], guess=True) if made else ()
    return passive if passive and all(says_something(p) for p in passive) else read_sentence(statement, guess=True)


def says_something(proposition: Proposition) -> bool:
    """Does the proposition have a subject and words saying something about it? A bare figure ("The tower is
    300") does not say what the figure measures, so it cannot be compared with anything."""
    return bool(proposition.subject_terms and proposition.predicate_terms)
