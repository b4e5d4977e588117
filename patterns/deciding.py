"""Deciders: which worker fits a request, and how sure that is.

The router asks a ``Decider`` for ranked ``Choice``s. ``RankingDecider`` is the offline default built on the
shared ranker; a Claude-backed decider (structured output over the workers' cards) plugs in with the same
protocol.

``RankingDecider`` scores a worker from two views of it, because each fails differently: its *best single
skill* (a skill's description, or one of its examples, nearest the request — precise when a skill matches
well, noisy when a worker has many examples), and its *whole card* (name, description and skill names — the
worker's overall topic, steadier but vaguer). The score is a weighted blend of the two. A worker described in
one long sentence is also read clause by clause ("drafts articles, emails, stories" → three capabilities), so
a worker without skills is still matched on its specific abilities and not only on the sentence's average.

A request is read before it is ranked (``routing_text``): by its instruction, not by the material it hands over
(after a colon, in a long quote, after a short lead such as "tldr:"); a bare statement, or one with a tag
question ("..., right?"), as the question it implies ("Is it true that ...?"). The verb phrase an instruction
opens with ("Summarize this product review", "Look up") is ranked on its own as well and blended in, because the
verb says who should act while the rest says what about. The request's form is read too (``patterns.forms``): a
worker whose every example works on numbers (a calculator) is discounted for a request without any, one whose
every example works on a given text (a summarizer) for a question that gives none, and one none of whose
examples asks who, when or where for a question that does: it has nothing to work on. Material that is code is
ranked as "(code)" after the instruction ("Review (code)"), and a sum in words is no claim.

A close call between the two best workers (the runner-up within ``verb_margin`` of the best) goes to the one
that declares the verb the instruction opens with when the other does not ("Write a short bio for ...": the
writer, though a bio reads like a summary). "Make this email shorter" is read as the rewrite it asks for
(``recast_head``), and a first sentence that points at the text after it ("What are the takeaways from this
notice? <text>") is the instruction, the rest its material.

``unclaimed_action`` is the action a request opens with when no worker declares it ("Translate ...", "Draw me
..."): the router declines such a request when no worker is a sure match, rather than pick one on noise.

``evidence_for`` is the lexical second opinion a similarity cannot give: the words of a request's instruction
that a worker declares (its description, skill names and descriptions, tags; not its examples, whose topics are
incidental) and another worker does not. Two workers that rank close for a request are told apart by it: the
router asks a runner-up only when the request names something the runner-up does.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from patterns.forms import (
    AMOUNT_WORDS,
    MAX_NUMBER_SCAN,
    asks_for_a_fact,
    example_forms,
    fact_asking,
    has_number,
    is_code,
    points_at_material,
    question_form,
    with_code_mark,
    works_on_material,
    works_on_numbers,
)
from patterns.lexical import NUMBER_WORDS, tokenize
from patterns.material import (
    ACTION_VERBS,
    ASKING,
    PLACEHOLDER,
    WORD,
    mask,
    opens_instruction,
    split_material,
)
from patterns.ranking import Ranker
from patterns.worker import Request, Worker


@dataclass(frozen=True, slots=True)
class Choice:
    """A candidate worker for a request; ``confidence`` is in [0, 1], higher is better."""

    worker: str
    confidence: float
    reason: str = ""


class Decider(Protocol):
    """Ranks ``workers`` for ``request``, best first. May return fewer choices than workers (even none)."""

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]: ...


_CLAUSE_SPLIT = re.compile(r"\s*(?:[;,:]|\s-\s|\.\s|\band\b|\bor\b|\bsuch as\b)\s*")


def capability_clauses(description: str) -> list[str]:
    """A description's capabilities, one per clause, each prefixed with the role the description opens with.

    "Writer: drafts articles, emails and stories" → ["Writer: drafts articles", "Writer: emails", ...].
    """
    role, sep, rest = description.partition(":")
    if not sep or len(role.split()) > 3:
        role, rest = "", description
    clauses = [c.strip(" .") for c in _CLAUSE_SPLIT.split(rest)]
    prefix = f"{role.strip()}: " if role else ""
    return [prefix + c for c in clauses if len(c) > 2]


def card_text(worker: Worker) -> str:
    """The whole-card view of a worker: name, description and skill names in one text."""
    skills = "; ".join(s.name for s in worker.skills)
    parts = [worker.name.replace("_", " "), worker.description, skills]
    return ". ".join(p for p in parts if p)


def skill_texts(worker: Worker) -> list[str]:
    """The single-capability views of a worker: each skill, each example, each clause of its description."""
    texts: list[str] = []
    for skill in worker.skills:
        tags = f" ({', '.join(skill.tags)})" if skill.tags else ""
        texts.append(f"{skill.name}: {skill.description}{tags}")
        texts.extend(skill.examples)
    texts.extend(capability_clauses(worker.description))
    return texts or [card_text(worker)]


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


def declared_words(worker: Worker) -> frozenset[str]:
    """The words (tokenized, stemmed) of what ``worker`` says it does: description, skill names and descriptions,
    tags. Numbers, function words and words of under three letters say nothing about a capability and are left
    out."""
    said = [worker.description, *(f"{s.name} {s.description} {' '.join(s.tags)}" for s in worker.skills)]
    return frozenset(
        w
        for w in tokenize(" ".join(said))
        if w.isalpha() and len(w) >= 3 and w not in _FUNCTION_WORDS and w not in NUMBER_WORDS
    )


def evidence_for(text: str, worker: Worker, over: Worker) -> list[str]:
    """The words of ``text``'s instruction (its material left out) that ``worker`` declares and ``over`` does not,
    in the order the request says them; empty when the request names nothing ``worker`` does that ``over`` does
    not do as well."""
    instruction = routing_text(text)  # a bare claim names what it asks: whether it is true
    own, other = declared_words(worker), declared_words(over)
    return list(dict.fromkeys(w for w in tokenize(instruction) if w in own and w not in other))


# -- what a request is routed by ---------------------------------------------------------------------------

# Words before the verb that only ask politely ("please", "can you", "could you kindly"): skipped to find it.
_POLITE = frozenset("please kindly can could would will you just".split())
_LEAD = re.compile(r"^([^:\n]{1,100}):\s+(?=\S)")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_QUOTES = ('"', "\u201c")
LEAD_WORDS = 10
"""A lead of at most this many words before a colon and a body of two sentences or more is an instruction."""
LEAD_BODY_WORDS = 8
"""The body after such a lead has at least this many words: a text of its own, not the rest of a sentence."""

# Finite verbs a bare statement is made with ("is", "has", "never"...), and the reporting verbs that hand one on
# ("my uncle says ..."); a word ending in "-ed" counts too. A request without any is a noun phrase ("median of
# 4, 8, 15"), not a claim.
_STATING = frozenset(
    """is are was were isn't aren't wasn't weren't has have had hasn't haven't can can't cannot could couldn't
    will won't would does doesn't did didn't do don't never always says said claims claimed swears told thinks
    believes built wrote left made took became began fell sank won gave grew ran came went found got held led
    lost kept saw sold""".split()
)
# Words of a request that asks for something rather than stating it.
_REQUESTING = frozenset("please thank thanks help want need let i'd i'm i've how what what's whats".split())
# A verb opens an instruction with its object or particle next ("Order me...", "Dig up...", "Announce to..."),
# where a statement's subject is followed by its verb ("Bats are...") or more of its name ("Mount Everest is...").
_AFTER_VERB = frozenset(
    """me us him her them it everyone everybody all to up out down off on over about into a an the this that
    these those my our your some""".split()
)
_CONDITIONS = frozenset("if suppose supposing assuming given say".split())
CLAIM_WORDS = (3, 40)
"""A bare claim has at least and at most these many words."""
MAX_CLAIM_CHARS = 400
"""Longer text is no bare claim: it is not read word by word for one."""
MAX_CLAIM_NUMBERS = 3
"""A statement of this many quantities or more is the data of a calculation, not a claim to check."""
_QUANTITY = re.compile(r"\d[\d,.]*")
_DIGIT = re.compile(r"\d")


def routing_text(text: str) -> str:
    """What a request is routed by: its instruction, without the material it hands over.

    Who should act is said by the instruction; the material (the text to summarize, the code to review) is
    about something else and would pull the request towards that topic's agent. Material is what
    ``split_material`` finds after a colon, a long quote anywhere ("\"...\" can you summarize that?"), or the
    body after a short lead ("tldr: A. B. C."). A request that only states something ("Bats are blind.") asks,
    implicitly, whether it is true, and is routed as that question.
    """
    instruction, material = split_material(text)
    if material and instruction:
        # numbers are no topic: a list of them ("mean of these: 4, 8, 15") says what the work is on
        if _mostly_numbers(material):
            return text
        # nor is code, but that it is code says who reads it ("Review:" and a ``` block)
        return with_code_mark(instruction) if is_code(material) else instruction
    instruction = _lead(text) or _pointing_sentence(text) or _without_quotes(text)
    claim = without_tag_question(instruction)
    # a tag question ("..., right?") shows the rest is a statement, whatever its verb
    asked = claim != instruction.strip()
    return f"{CLAIM_ASK} {claim.rstrip(' .!')}?" if is_claim(claim, verb_known=asked) else instruction


CLAIM_ASK = "Is it true that"
"""How a bare claim is asked about: the question it implies, and the opening a request asking it is read by."""


# The words of a tag question after a statement ("..., right?", "... - is that true?", "..., isn't it?").
_TAG_WORDS = frozenset("right correct true accurate so really yes isn't aren't wasn't weren't doesn't don't".split())
_TAG_START = re.compile(r"[,;\u2013\u2014-]\s|[.!]\s")


def without_tag_question(text: str) -> str:
    """A statement without the tag question that asks whether it holds: "Bats are blind, right?" → "Bats are
    blind"; any other text unchanged."""
    stripped = text.strip()
    if not stripped.endswith("?"):
        return stripped
    cuts = [m.end() for m in _TAG_START.finditer(stripped)]
    if not cuts:
        return stripped
    tail = WORD.findall(stripped[cuts[-1] :].lower())
    if not 1 <= len(tail) <= 4 or not _TAG_WORDS & set(tail):
        return stripped
    return stripped[: cuts[-1]].rstrip(" ,;.!\u2013\u2014-")


def _mostly_numbers(material: str) -> bool:
    """Whether at least half the tokens of ``material`` (its opening) are numbers."""
    tokens = material[:MAX_NUMBER_SCAN].split()
    return bool(tokens) and 2 * sum(bool(_DIGIT.search(t)) for t in tokens) >= len(tokens)


def _lead(text: str) -> str | None:
    """The lead of "lead: body" when the lead is a few words and the body is a text of its own."""
    found = _LEAD.match(text)
    if found is None or not 1 <= len(found.group(1).split()) <= LEAD_WORDS:
        return None
    body = text[found.end() :]
    sentences = len(_SENTENCE_STOP.findall(body[:2_000]))
    return found.group(1).strip() if sentences >= 2 and len(body.split()) >= LEAD_BODY_WORDS else None


# Words by which a sentence points at a text that follows it ("What are the takeaways from this notice? <text>").
_POINTING_AHEAD = frozenset("this these here following below".split())
_FIRST_SENTENCE = re.compile(r"[^.!?\n]{3,300}(?:[.!?]|\n)")


def _pointing_sentence(text: str) -> str | None:
    """The first sentence of a request when it asks or instructs about a text it points at and that text follows
    it without a colon: "Can you boil this down to two sentences? The pool will close... Lessons move...". A
    statement first ("This bridge opened in 1890. It is...") is no instruction: ``None``, as for anything else."""
    found = _FIRST_SENTENCE.match(text.lstrip())
    if found is None:
        return None
    lead = found.group(0).strip()
    body = text.lstrip()[found.end() :]
    words = [w.lower() for w in WORD.findall(lead)]
    if not _POINTING_AHEAD & set(words) or len(words) > 2 * LEAD_WORDS:
        return None
    opening = [w for w in words if w not in _POLITE][:2]
    if not (lead.endswith("?") or opens_instruction(opening) or (words and words[0] in ASKING)):
        return None
    if is_code(body):
        return with_code_mark(lead)
    sentences = len(_SENTENCE_STOP.findall(body[:2_000]))
    return lead if sentences >= 2 and len(body.split()) >= LEAD_BODY_WORDS else None


def _without_quotes(text: str) -> str:
    """``text`` without its long quoted passages, when words remain to route by."""
    masked, spans = mask(text)

    def kept(found: re.Match[str]) -> str:
        start, stop = spans[int(found.group(1))]
        quoted = text.startswith(_QUOTES, start) and stop - start >= 40
        return " " if quoted else text[start:stop]

    rest = " ".join(PLACEHOLDER.sub(kept, masked).split())
    return rest if len(rest.split()) >= 2 and rest != text.strip() else text.strip()


def is_claim(text: str, *, verb_known: bool = False) -> bool:
    """Whether ``text`` is a bare statement: one or two sentences that ask nothing (no question, no asking word
    or verb first, no "please"), with a finite verb (taken as given when ``verb_known``), and no material."""
    stripped = text.strip()
    if len(stripped) > MAX_CLAIM_CHARS or "?" in stripped or stripped.startswith(("`", *_QUOTES)):
        return False
    if "\n" in stripped or "`" in stripped or split_material(stripped)[1]:  # code, a list: material
        return False
    if len(_QUANTITY.findall(stripped)) >= MAX_CLAIM_NUMBERS:  # "$15k at 5% for 10 years": a sum's data
        return False
    words = WORD.findall(stripped.lower())
    if not CLAIM_WORDS[0] <= len(words) <= CLAIM_WORDS[1] or len(_SENTENCE_STOP.findall(stripped)) > 2:
        return False
    if words[0] in ASKING or words[0] in _CONDITIONS or words[1] in _AFTER_VERB or opens_instruction(words[:2]):
        return False
    if _REQUESTING & set(words):
        return False
    if any(w in ACTION_VERBS for w in words):  # "..., then send it": an instruction further on
        return False
    if is_expression(stripped):  # "9 squared plus 4 cubed": a sum to work out, though "squared" ends in -ed
        return False
    return verb_known or any(w in _STATING or _past(w) for w in words[1:])


def _past(word: str) -> bool:
    """A regular past tense ("landed", "invented"), not a word that only ends the same ("hundred", "speed"), nor
    a participle that names ("a shop called Spoke & Chain") or works a number ("squared", "divided by")."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word not in NUMBER_WORDS
        and word not in _NAMING
        and word not in ARITHMETIC_WORDS
    )


# Participles that give a name, not a statement's verb: "a bakery called Crumbs", "a cat named Tom".
_NAMING = frozenset("called named titled entitled dubbed nicknamed labelled labeled branded".split())
ARITHMETIC_WORDS = frozenset(
    """plus minus times multiplied divided by over add added subtract subtracted less squared cubed square cube
    root roots power powers raised to the of and percent half twice double triple factorial sum product
    difference quotient""".split()
)
"""The words an arithmetic expression is written with, besides its numbers ("nine times seven minus four")."""


def is_expression(text: str) -> bool:
    """Whether ``text`` is an arithmetic expression in words or symbols and nothing else: numbers, operators and
    the words that join them ("9 squared plus 4 cubed", "twelve times twelve divided by three")."""
    if not has_number(text) or len(text) > MAX_CLAIM_CHARS:
        return False
    words = WORD.findall(text.lower())
    operators = [w for w in words if w in ARITHMETIC_WORDS and w not in ("by", "to", "the", "of", "and")]
    return bool(operators) and all(w in ARITHMETIC_WORDS or w in NUMBER_WORDS or w in AMOUNT_WORDS for w in words)


def verb_head(instruction: str) -> str | None:
    """The verb phrase an instruction opens with: its action verb (after polite words such as "could you please")
    and the verb's object, up to the first preposition, clause word or punctuation ("Summarize this product
    review", "Write a short summary", "Look up"). ``None`` when the instruction opens otherwise (a question, a
    statement) or with a light verb ("give me...", "tell me..."), whose object alone does not say who acts."""
    words = instruction[:400].split()[: 4 * HEAD_WORDS]
    lowered = [w.lower() for w in words]
    start = next((i for i, w in enumerate(lowered) if w.strip(",") not in _POLITE), len(words))
    if not opens_instruction([w.strip(",.:;!?") for w in lowered[start : start + 2]]) or lowered[start] in _LIGHT:
        return None
    stop = start + 1
    if stop < len(words) and lowered[stop] in _PARTICLES and not lowered[start].endswith(_ENDS):
        stop += 1  # "look up", "sum up", "work out": the particle belongs to the verb
    while stop < len(words) and stop - start < HEAD_WORDS and not lowered[stop - 1].endswith(_ENDS):
        if lowered[stop].strip(",.:;!?") in _PHRASE_ENDS:
            break
        stop += 1
    return " ".join(words[start:stop]).rstrip(",.:;!?")


HEAD_WORDS = 6
"""At most this many words of an instruction's opening verb phrase are read apart."""
# Verbs that say little of the task on their own ("give me the gist", "tell me about", "make this polite").
_LIGHT = frozenset("give get make tell show let help have do put take find".split())
_PARTICLES = frozenset("up out over down off through into".split())
_ENDS = (",", ".", ":", ";", "!", "?")
# Words that end a verb's object: prepositions, and the words that open a clause of their own.
_PHRASE_ENDS = frozenset(
    """about of for to from in on at with into by over under between after before during as per than and or but
    that which who whom whose whether if how what when where why so because while""".split()
)


# "Make this email shorter", "make these notes into a paragraph": a light verb on a text the user gives asks for
# that text rewritten; the object says which text, the rest how.
_RECAST_OBJECTS = frozenset("this these that it my our the".split())


def recast_head(instruction: str) -> str | None:
    """ "Make this sentence clearer" read as the rewrite it asks for ("Rewrite this sentence clearer"): ``None``
    unless the instruction opens (after polite words) with "make" and a word that points at a given text."""
    words = instruction[:200].split()[: 4 * HEAD_WORDS]
    lowered = [w.lower().strip(",.:;!?") for w in words]
    start = next((i for i, w in enumerate(lowered) if w not in _POLITE), len(words))
    if (
        lowered[start : start + 1] != ["make"]
        or lowered[start + 1 : start + 2] == []
        or lowered[start + 1] not in (_RECAST_OBJECTS)
    ):
        return None
    rest = words[start + 1 : start + HEAD_WORDS]
    return " ".join(["Rewrite", *rest]).rstrip(",.:;!?")


def _does(worker: Worker, head: str) -> bool:
    """Whether ``worker`` declares the verb ``head`` opens with (its description, skills, tags, or the verb one of
    its examples opens with)."""
    verb = tokenize(head.split()[0]) if head.split() else []
    return bool(verb) and verb[0] in declared_words(worker) | _example_verbs(worker)


def unclaimed_action(text: str, workers: Sequence[Worker]) -> str | None:
    """The action a request opens with ("Translate ...", "Draw me ...") when no worker declares it: in its
    description, skills or tags, or as the verb one of its examples opens with ("Send Dana a note..."). ``None``
    when the request opens otherwise (a question, a statement, a light verb) or some worker does it."""
    head = verb_head(routing_text(text))
    if head is None:
        return None
    words = head.lower().split()
    verb = tokenize(words[0])
    if not verb:
        return None
    joined = tokenize("".join(words[:2])) if len(words) > 1 else []  # "look up" is declared as "lookup"
    for worker in workers:
        said = declared_words(worker) | _example_verbs(worker)
        if verb[0] in said or (joined and joined[0] in said):
            return None
    return words[0]


def _example_verbs(worker: Worker) -> frozenset[str]:
    """The verbs a worker's examples open with: what it is asked to do, whatever the topic."""
    verbs: set[str] = set()
    for skill in worker.skills:
        for example in skill.examples:
            head = verb_head(example)
            verbs.update(tokenize(head.split()[0]) if head else ())
    return frozenset(verbs)


class RankingDecider:
    """The offline decider: sentence-embedding similarity with a lexical bonus, via ``patterns.ranking``.

    ``skill_weight`` is the share of the score from the best single capability (the rest from the whole
    card); ``top_k`` averages the k best capabilities, so one lucky example does not decide alone.
    Confidence is the blended cosine clipped to [0, 1]; with BM25 only, the raw score squashed as s/(s+2).
    """

    # A larger lexical bonus than the ranker's default: the words of a skill ("review", "summarize", "verify")
    # are strong evidence for an agent, stronger than for a tool whose arguments vary.
    LEXICAL_WEIGHT = 0.2

    def __init__(
        self,
        ranker: Ranker | None = None,
        *,
        skill_weight: float = 0.5,
        top_k: int = 2,
        head_weight: float = 0.5,
        numberless: float = 0.6,
        formless: float = 0.6,
        materialless: float = 0.6,
        verb_margin: float = 0.8,
    ) -> None:
        self.ranker = ranker or Ranker(lexical_weight=self.LEXICAL_WEIGHT)
        self.skill_weight = skill_weight
        self.top_k = top_k
        self.head_weight = head_weight
        self.numberless = numberless
        self.formless = formless
        self.materialless = materialless
        self.verb_margin = verb_margin

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        # the sentence encoder is CPU work: off the event loop, so other requests are served meanwhile
        return await asyncio.to_thread(self.rank_now, request.text, list(workers))

    def rank_now(self, text: str, workers: Sequence[Worker]) -> list[Choice]:
        """The same ranking, synchronously (the supervisor's offline planner and benchmarks use it)."""
        if not workers or not text.strip():
            return []
        instruction = routing_text(text)
        views = [[card_text(w), *skill_texts(w)] for w in workers]
        flat = [t for texts in views for t in texts]
        score = self._blend(self.ranker.scores(instruction, flat), views)
        head = verb_head(instruction) or recast_head(instruction)
        if head is None and instruction.lower().startswith(CLAIM_ASK.lower()):
            head = CLAIM_ASK  # what a claim asks is whether it holds, whatever its topic
        if head is not None and head != instruction:
            # an instruction's verb says who should act, the rest what about: the opening is read on its own too
            by_head = self._blend(self.ranker.scores(head, flat), views)
            score = [(1 - self.head_weight) * s + self.head_weight * h for s, h in zip(score, by_head, strict=True)]
        form = question_form(instruction)
        if form is not None:
            # a worker none of whose examples asks a question of this form (what, who, how...; is, did, does...)
            # is not asked that way: the forms of its examples are the requests it serves
            score = [s if form in example_forms(w) else s * self.formless for w, s in zip(workers, score, strict=True)]
        if asks_for_a_fact(instruction):
            # who, when, where: a worker none of whose examples asks that way writes or works out something else
            score = [s if fact_asking(w) else s * self.formless for w, s in zip(workers, score, strict=True)]
        if not has_number(text):
            # a worker whose every example works on numbers has nothing to work on in a request without any
            score = [s * self.numberless if works_on_numbers(w) else s for w, s in zip(workers, score, strict=True)]
        if form is not None and not points_at_material(text):
            # a question that gives no text and points at none ("What's the chemical symbol for gold?") asks about
            # the world: a worker whose every example works on a text the user gives has nothing to work on
            score = [s * self.materialless if works_on_material(w) else s for w, s in zip(workers, score, strict=True)]
        choices = [
            Choice(w.name, self._confidence(s), f"similarity {s:.3f}") for w, s in zip(workers, score, strict=True)
        ]
        order = sorted(range(len(choices)), key=lambda i: (-choices[i].confidence, i))
        ranked = [choices[i] for i in order]
        if head is not None and len(ranked) > 1 and ranked[1].confidence >= self.verb_margin * ranked[0].confidence:
            first, second = (next(w for w in workers if w.name == c.worker) for c in ranked[:2])
            if _does(second, head) and not _does(first, head):
                # a close call: the verb says who acts ("Write a short bio": the writer, not the summarizer)
                ranked[0], ranked[1] = ranked[1], ranked[0]
        return ranked

    def _blend(self, scores: list[float], views: list[list[str]]) -> list[float]:
        """Each worker's score: its best capabilities blended with its whole card."""
        blended: list[float] = []
        offset = 0
        for texts in views:
            own = scores[offset : offset + len(texts)]
            offset += len(texts)
            best = sorted(own[1:], reverse=True)[: self.top_k]
            blended.append(self.skill_weight * (sum(best) / len(best)) + (1 - self.skill_weight) * own[0])
        return blended

    def _confidence(self, score: float) -> float:
        if self.ranker.semantic:
            return min(1.0, max(0.0, score))
        return score / (score + 2.0) if score > 0 else 0.0
