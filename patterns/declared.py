"""What a worker says it does: the words of its card, and the verbs it declares as actions.

``declared_words`` is everything a card says of a capability (description, skill names and descriptions, tags),
the words ``evidence_for`` compares: two workers that rank close for a request are told apart by the words of its
instruction one of them declares and the other does not.

``declared_verbs`` is narrower: the actions a card offers, read where a card says what its worker *does* — the
verb an example opens with ("Send Dana a note"), a tag ("look up", "rewrite"), a skill's name, and the verb that
opens a clause of a description ("composes emails", "- it describes, compares and explains"). A word the card
only uses as a noun ("kept in their original order", "HTTP calls without a timeout", "a review of a product,
book, film") is no action it offers: a request to "order a pizza", "call the dentist" or "book a table" is one no
worker here does, however its words happen to appear on some card.
"""

from __future__ import annotations

import re

from patterns.lexical import NUMBER_WORDS, tokenize
from patterns.reading import routing_text, verb_head
from patterns.worker import Worker

# Function words a description is written with: they say nothing about a capability ("into", "than", "each").
_FUNCTION_WORDS = frozenset(
    tokenize(
        """about above across after again against all also any anything around because before below between both
        but during each either else even every few further here into its itself just least less many more most
        much must neither nor not now off once one only other others out over own per same several should since
        some such than then there these they their them those though through too under until upon very via
        whether while within without yet""".replace("\n", " ")
    )
)


def _content(words: list[str]) -> frozenset[str]:
    """The stems of ``words`` that can name a capability: alphabetic, three letters or more, no function word and
    no number."""
    return frozenset(
        w for w in words if w.isalpha() and len(w) >= 3 and w not in _FUNCTION_WORDS and w not in NUMBER_WORDS
    )


def declared_words(worker: Worker) -> frozenset[str]:
    """The words (tokenized, stemmed) of what ``worker`` says it does: description, skill names and descriptions,
    tags. Numbers, function words and words of under three letters say nothing about a capability and are left
    out."""
    said = [worker.description, *(f"{s.name} {s.description} {' '.join(s.tags)}" for s in worker.skills)]
    return _content(tokenize(" ".join(said)))


def evidence_for(text: str, worker: Worker, over: Worker) -> list[str]:
    """The words of ``text``'s instruction (its material left out) that ``worker`` declares and ``over`` does not,
    in the order the request says them; empty when the request names nothing ``worker`` does that ``over`` does
    not do as well."""
    instruction = routing_text(text)  # a bare claim names what it asks: whether it is true
    own, other = declared_words(worker), declared_words(over)
    return list(dict.fromkeys(w for w in tokenize(instruction) if w in own and w not in other))


def example_verbs(worker: Worker) -> frozenset[str]:
    """The verbs a worker's examples open with: what it is asked to do, whatever the topic."""
    verbs: set[str] = set()
    for skill in worker.skills:
        for example in skill.examples:
            head = verb_head(example)
            verbs.update(tokenize(head.split()[0]) if head else ())
    return frozenset(verbs)


# Where a clause of a description opens: its start, a colon, comma, semicolon, bracket or dash, "and"/"or", and
# the subject a clause may restate ("- it describes, compares and explains").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[:;,()]|\s-\s|\.\s|\b(?:and|or)\b)\s*(?:(?:and|or)\s+)?(?:(?:it|they|also|then)\s+)?([A-Za-z][a-z-]*)",
    re.IGNORECASE,
)
# A verb that opens a clause of a description is inflected for its worker ("composes", "rewrites", "searches",
# "drafting"); a bare word there ("book, film or place", "email threads") is an item of a list of things.
_INFLECTED = re.compile(r"(?:[^s]s|ing)$")
_SCANNED = 2_000
"""Only this much of each description is read for its verbs: cards are short, and hostile ones are capped."""


# The noun of an action offered, right after its article: "with a fix for each", "returns a verdict".
_OFFERED = re.compile(r"\b(?:a|an|the)\s+([a-z-]+)", re.IGNORECASE)


def _clause_verbs(description: str) -> list[str]:
    """The words that open the clauses of ``description`` (what it says its worker does): the first as it is
    ("summarize a long text", "Writer: composes ..."), the others when inflected; and the nouns it names with an
    article ("a fix", "a summary": what it gives)."""
    head = description[:_SCANNED]
    role, colon, _ = head.partition(":")
    start = len(role) + 1 if colon and len(role.split()) <= 3 else 0  # "Writer: composes ...": after the role
    found = [(m.start(1), m.group(1).lower()) for m in _CLAUSE_OPENING.finditer(head)]
    first = next((word for at, word in found if at >= start), None)
    said = [word for _, word in found if _INFLECTED.search(word)]
    return [*([first] if first else []), *said, *(m.group(1).lower() for m in _OFFERED.finditer(head))]


def declared_verbs(worker: Worker) -> frozenset[str]:
    """The actions (tokenized, stemmed) ``worker`` offers: the verbs its examples open with, its tags, its skills'
    names, and the inflected verb that opens each clause of its description and its skills' descriptions."""
    said = [*_clause_verbs(worker.description)]
    for skill in worker.skills:
        said += [skill.name, *skill.tags, *_clause_verbs(skill.description)]
        # a tag naming what the worker makes by its verb's noun ("announcement") offers the verb ("announce")
        said += [word[: -len("ment")] for tag in skill.tags for word in tag.split() if word.endswith("ement")]
    return _content(tokenize(" ".join(said))) | example_verbs(worker)


# Phrasal verbs that mean what a plain verb says: "come up with a tagline" is to create one, whichever card says so.
_PHRASAL = {
    "come up": "create",
    "think up": "create",
    "dream up": "create",
    "make up": "create",
    "write up": "write",
    "figure out": "work out",
}


def plain_head(head: str) -> str:
    """``head`` with a phrasal verb said as the plain verb it means: "Figure out how many..." → "work out how
    many..." (not "figures" to check), "Come up with a slogan" → "create with a slogan"; any other head as it is."""
    words = head.split(maxsplit=2)
    meant = _PHRASAL.get(" ".join(words[:2]).lower())
    return head if meant is None else " ".join([meant, *words[2:]])


# Verbs that address people: said to someone else ("Remind my flatmates that...", "Thank Jo for..."), they ask for
# a message to write; said to the user ("remind me to...") they ask for an errand done, a reminder set.
_ADDRESSING = frozenset("remind tell thank invite warn notify inform".split())
_SELF = frozenset("me us myself ourselves".split())


def action_stems(head: str) -> list[str]:
    """The stems by which the action ``head`` opens with may be declared: its verb ("Translate" → "translat"), the
    verb joined to its particle ("look up" → "lookup", as a tag may say it), the plain verb a phrasal one means
    ("come up with" → "creat"), and writing for a verb that addresses someone else ("Remind my flatmates..."). Empty
    when ``head`` has no words."""
    words = head.lower().split()[:2]
    if not words:
        return []
    stems = tokenize(words[0])[:1]
    if len(words) > 1:
        stems += tokenize("".join(words))[:1]
        stems += tokenize(_PHRASAL.get(" ".join(words), ""))[:1]
        if words[0] in _ADDRESSING and words[1] not in _SELF:
            stems += tokenize("write")
    return stems
