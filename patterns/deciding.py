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

A request is read before it is ranked (``patterns.reading``): by its instruction, not the material it hands
over, a bare statement as the question it implies, and the verb phrase it opens with on its own as well, blended
in, because the verb says who should act while the rest says what about. The request's form is read too
(``patterns.forms``): a worker whose every example works on numbers (a calculator) is discounted for a request
without any, one whose every example works on a given text (a summarizer) for a question that gives none, and
one none of whose examples asks who, when or where for a question that does: it has nothing to work on.

A close call between the two best workers (the runner-up within ``verb_margin`` of the best) goes to the one
that declares the verb the instruction opens with when the other does not ("Write a short bio for ...": the
writer, though a bio reads like a summary); and when only one worker declares that verb, it acts if it comes
within ``owner_margin`` of the best, wherever it ranks ("Summarize this client brief for me: ...": the
summarizer, though a brief reads like the writer's topic).

``unclaimed_action`` is the action a request opens with when no worker declares it ("Translate ...", "Order me a
pizza": ``patterns.declared``): the router declines such a request when no worker is a sure match, rather than
pick one on noise.

Two readings of a request's kind set the numbers workers aside: a question about what holds now ("Will it snow
in Oslo this Friday?", ``patterns.live``) is a fact about the world, like who or when; a unit counted in another
("how many seconds are in a day", ``patterns.measures``) is a sum whose number is a word.

``patterns.declared.evidence_for`` is the lexical second opinion a similarity cannot give; the router uses it to
tell apart two workers that rank close.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from patterns.asked_jobs import asked_job, reading_asked
from patterns.asked_sums import labelled_sum, sum_asked
from patterns.charges import charge_head
from patterns.checked_sums import checked_sum_head
from patterns.choice_counts import without_choice_count
from patterns.contents import without_contents
from patterns.decisions import decision_head
from patterns.declared import action_stems, declared_verbs, declared_words, example_verbs, plain_head
from patterns.evaluator import without_loop_instruction
from patterns.forms import (
    CODE_MARK,
    MAX_NUMBER_SCAN,
    asks_a_span,
    asks_for_a_fact,
    asks_whether_so,
    counts_in_the_world,
    example_forms,
    fact_asking,
    has_number,
    is_code,
    points_at_material,
    question_form,
    works_on_material,
    works_on_numbers,
)
from patterns.headings import labels_figures
from patterns.jobs import composes_from_notes, names_kind_alone
from patterns.lexical import tokenize
from patterns.live import asks_about_now
from patterns.manner import without_length_frame, without_manner
from patterns.material import names_a_text, split_material
from patterns.measures import converts_units
from patterns.needs import needs_head
from patterns.noted_texts import text_from_notes
from patterns.occasions import without_opener
from patterns.publications import published_head
from patterns.ranking import Ranker
from patterns.reading import CLAIM_ASK, recast_head, routing_text, verb_head
from patterns.remarks import without_guess, without_remark
from patterns.shortening import shortening_head, shorter_head
from patterns.situation import asked_after_situation, asks_of_data, question_after_situation
from patterns.statistics_asked import asks_a_statistic
from patterns.worker import Request, Skill, Worker
from patterns.world_facts import asks_a_world_fact
from patterns.world_measures import measures_in_the_world


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


def _does(worker: Worker, head: str) -> bool:
    """Whether ``worker`` declares the verb ``head`` opens with (its description, skills, tags, or the verb one of
    its examples opens with)."""
    verb = tokenize(head.split()[0]) if head.split() else []
    return bool(verb) and verb[0] in _profile(worker).said


def _offers(worker: Worker, head: str) -> bool:
    """Whether ``worker`` offers the action ``head`` opens with as a verb (``declared.declared_verbs``), not only
    names its word as a thing it works on ("email threads")."""
    stems = action_stems(head)
    return bool(stems) and stems[0] in _profile(worker).verbs


def declares_instruction(worker: Worker, over: Worker, text: str) -> bool:
    """Whether ``worker`` declares the verb ``text``'s instruction opens with and ``over`` does not: "Write a
    product blurb for ..." is the writer's job over the summarizer's, whatever the blurb is about."""
    instruction = routing_text(text)
    head = verb_head(instruction) or recast_head(instruction)
    return head is not None and _does(worker, head) and not _does(over, head)


def declares_verb(worker: Worker, text: str) -> bool | None:
    """Whether ``worker`` declares the verb ``text``'s instruction opens with; ``None`` when it opens with none."""
    head = verb_head(routing_text(text))
    return None if head is None else _does(worker, head)


def verb_owner(text: str, workers: Sequence[Worker]) -> str | None:
    """The one worker that declares the verb ``text``'s instruction opens with ("Summarize ..." → the summarizer),
    or ``None`` when it opens with no verb, or no worker or several declare it."""
    head = verb_head(routing_text(text))
    if head is None:
        return None
    owners = [w.name for w in workers if _does(w, head)]
    return owners[0] if len(owners) == 1 else None


def unclaimed_action(text: str, workers: Sequence[Worker]) -> str | None:
    """The action a request opens with ("Translate ...", "Order me a pizza") when no worker declares it as what it
    does (``declared.declared_verbs``: an example's verb, a tag, a skill's name, a description's verb; not a word
    the card only uses as a noun, "in their original order"). ``None`` when the request opens otherwise (a
    question, a statement, a light verb) or some worker does it."""
    head = verb_head(routing_text(text))
    stems = action_stems(head) if head is not None else []
    if head is None or not stems or labels_figures(text):  # "Test scores for my class: 72, 85. The mean?"
        return None
    if labelled_sum(text):  # "Paint order: 6 tins at £32.99 and a tray at £4. Total please.": a label, then a sum
        return None
    if any(stem in _profile(worker).verbs for worker in workers for stem in stems):
        return None
    return head.lower().split()[0]


_CODE = tokenize("code")[0]


_TAGGED_BLOCK = re.compile(r"```[A-Za-z][\w+#-]{0,20}[^\S\n]*\n")


def _hands_over_code(text: str) -> bool:
    """Whether ``text`` hands over a ``` block of code (in its opening): one tagged with its language
    ("```python"), or one whose lines open as code does (a ``` block of prose is a text, not code)."""
    head = text[:MAX_NUMBER_SCAN]
    return "```" in head and (_TAGGED_BLOCK.search(head) is not None or is_code(head.replace("```", "")))


# Words that name code or work on it: a request that says one of them may be about code it has not sent yet.
_CODE_WORDS = frozenset(
    tokenize(
        "code codebase function method class script snippet bug bugs pr diff commit regex query sql loop program "
        "module variable exception traceback stack error compile syntax refactor review implementation endpoint "
        "api test tests unittest lint"
    )
)
# A change to code named by the request to merge it ("my pull request", "the merge request"): its words read as
# a request of any kind, so it is read as what it is.
_CODE_CHANGE = re.compile(r"\b(?:pull|merge)[\s-]+request(s?)\b", re.IGNORECASE)
# Marks of code in a line: a call, an assignment, a statement end, braces, a keyword that opens a definition.
_CODE_MARKS = re.compile(r"[{};]|\w\(|\)\s*:|==|=>|\bdef |\bfunction\b|\bimport \w|`")


def _about_code(text: str) -> bool:
    """Whether ``text`` hands over code (a ``` block, a line marked as code) or names code or work on it."""
    head = text[:MAX_NUMBER_SCAN]
    return "```" in head or bool(_CODE_MARKS.search(head)) or bool(_CODE_WORDS & set(tokenize(head)))


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the decider reads of a worker, worked out once per card: its views to rank, the forms of its
    examples, the words it declares."""

    views: tuple[str, ...]
    forms: frozenset[str]
    fact_asking: bool
    on_numbers: bool
    on_material: bool
    on_code: bool
    said: frozenset[str]
    verbs: frozenset[str]


def _profile(worker: Worker) -> _Profile:
    """``worker``'s profile, kept by its card (name, description, skills): a card read once, not per request."""
    key = (worker.name, worker.description, tuple(worker.skills))
    found = _profiles.get(key)
    if found is None:
        found = _Profile(
            views=(card_text(worker), *skill_texts(worker)),
            forms=example_forms(worker),
            fact_asking=fact_asking(worker),
            on_numbers=works_on_numbers(worker),
            on_material=works_on_material(worker),
            on_code=_CODE in declared_words(worker),
            said=declared_words(worker) | example_verbs(worker),
            verbs=declared_verbs(worker),
        )
        if len(_profiles) >= _KEPT_PROFILES:
            _profiles.clear()  # cards of agents long gone: rebuilt on demand
        _profiles[key] = found  # a race only computes the same profile twice
    return found


def _views(workers: Sequence[Worker]) -> list[str]:
    """The texts the workers are ranked by, in order: each one's card, then its skills."""
    return [t for w in workers for t in _profile(w).views]


_KEPT_PROFILES = 256
_profiles: dict[tuple[str, str, tuple[Skill, ...]], _Profile] = {}


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
        owner_margin: float = 0.75,
        worldly: float = 0.5,
    ) -> None:
        self.ranker = ranker or Ranker(lexical_weight=self.LEXICAL_WEIGHT)
        self.skill_weight = skill_weight
        self.top_k = top_k
        self.head_weight = head_weight
        self.numberless = numberless
        self.formless = formless
        self.materialless = materialless
        self.verb_margin = verb_margin
        self.owner_margin = owner_margin
        self.worldly = worldly

    INLINE_CHARS = 240  # a text up to this long is ranked on the event loop when its workers' vectors are kept

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        workers = list(workers)
        # The encoder is CPU work, off the event loop so other requests are served meanwhile; but a short text
        # against kept vectors is a millisecond or two, less than the hop to a thread and back on a busy machine
        # (each side waits to be scheduled and for the GIL), and a plan ranks several in turn.
        if len(request.text) <= self.INLINE_CHARS and self.ranker.keeps(_views(workers)):
            return self.rank_now(request.text, workers)
        return await asyncio.to_thread(self.rank_now, request.text, workers)

    def rank_now(self, text: str, workers: Sequence[Worker]) -> list[Choice]:
        """The same ranking, synchronously (the supervisor's offline planner and benchmarks use it)."""
        if not workers or not text.strip():
            return []
        text = without_choice_count(without_opener(text))  # "Quick one, ...", "Which two countries": no counts
        text = without_guess(text)  # "..., my friend says it's 20 million": what is asked, not the guess at it
        text = question_after_situation(without_remark(text))  # why it is asked, before or after, asks nothing
        # "..., and revise it until the critic approves": the loop asked of a pattern names nobody's job
        text = without_loop_instruction(text)
        # "what is photosynthesis, in simple words?": how the answer is wanted names no one's job
        instruction = without_manner(routing_text(text))
        instruction = without_length_frame(instruction)  # "In two sentences, write ...": no number to work on
        instruction = without_contents(instruction)  # "... an outline for a talk? Key points: ...": the job says who
        instruction = _CODE_CHANGE.sub(r"code change\1", instruction)  # "check my pull request": code to review
        # "Can you check a dose for me: ... Total mg?": a quantity checked from figures given is a sum to work out
        instruction = checked_sum_head(instruction, text) or instruction
        # "For the newsletter I need one figure: what's 240 members times £12?", "Check my sums: 1,200 + 875 = 2,075":
        # the ask is a sum over figures given, whatever the sum is for
        instruction = sum_asked(text) or instruction
        # "Bullet list of 3 points for the governors: budget surplus £18,400; new minibus ordered": the notes after a
        # text's name are what it is to be made of, not a text to shorten nor claims to check
        noted = text_from_notes(text)
        instruction = noted or instruction
        # "How many words is this: ...", "just the action items from this: ...": the job restated in card words
        instruction = asked_job(instruction, split_material(text)[1]) or reading_asked(text) or instruction
        profiles = [_profile(w) for w in workers]
        views = [p.views for p in profiles]
        flat = _views(workers)
        score = self._blend(self.ranker.scores(instruction, flat), views)
        # "give me the gist: <text>": a light verb and the name of a shortened text ask for the text shortened
        gives_text = points_at_material(text) or bool(split_material(text)[1])
        head = verb_head(instruction) or shorter_head(instruction) or recast_head(instruction)
        head = head or shortening_head(instruction, gives_text) or charge_head(instruction)  # "VAT on my bill?": a sum
        head = published_head(instruction) or head  # "Describe ... for our newsletter": a piece to write
        head = needs_head(instruction) or head  # "How much paint do I need for the living room?": a sum
        decided = decision_head(instruction)
        head = decided or head  # "Should I overpay my mortgage or invest?": sums to weigh
        if head is None:
            # "My dad spent two weeks on Ward 7 ... Could you write a short card to the nurses?": the ask after the
            # user's situation opens with the verb that says who acts
            situation = asked_after_situation(instruction)
            if situation is not None and not situation[1].strip():
                head = verb_head(situation[0]) or recast_head(situation[0])
        named = names_kind_alone(instruction) or noted is not None
        if named:
            # "message for the ward group chat: ...", "lost cat poster.": a text asked for by its name (its kind
            # may read as a verb, "Note for the cleaners", but a name that opens no instruction orders nothing)
            head = noted or f"write {instruction}"
        if head is not None:
            head = plain_head(head)  # "Figure out ..." works something out; it checks no figures
        if head is None and (instruction.lower().startswith(CLAIM_ASK.lower()) or self._asks_if_so(instruction, text)):
            head = CLAIM_ASK  # what a claim asks is whether it holds, whatever its topic
        if head is not None and head != instruction:
            # an instruction's verb says who should act, the rest what about: the opening is read on its own too
            by_head = self._blend(self.ranker.scores(head, flat), views)
            score = [(1 - self.head_weight) * s + self.head_weight * h for s, h in zip(score, by_head, strict=True)]
        # ("How long is a marathon?": a measure of a thing in the world is a fact to look up, as a count of one is)
        counted = counts_in_the_world(instruction) or measures_in_the_world(instruction)
        # ("What is the speed of light?": what a thing is, with no figure given, is a fact to look up, not a sum)
        counted = counted or asks_a_world_fact(instruction, text)
        now = (
            not counted
            and head is None
            and asks_about_now(instruction)
            and not points_at_material(text)
            and not split_material(text)[1]
        )
        # "Is it worth me registering for VAT?": a choice asks for an answer, not whether a claim holds
        form = "open" if decided else question_form(instruction)
        if form is not None:
            # a worker none of whose examples asks a question of this form (what, who, how...; is, did, does...)
            # is not asked that way: the forms of its examples are the requests it serves; but what holds now is
            # asked yes or no as often as openly ("Is it going to rain in Leeds tomorrow?"), and a worker that asks
            # for facts serves it either way
            score = [
                s if form in p.forms or (now and p.fact_asking) else s * self.formless
                for p, s in zip(profiles, score, strict=True)
            ]
        if asks_for_a_fact(instruction):
            # who, when, where: a worker none of whose examples asks that way writes or works out something else
            score = [s if p.fact_asking else s * self.formless for p, s in zip(profiles, score, strict=True)]
        conversion = converts_units(instruction)  # "how many seconds in a day": "a day" is its number
        # ("Need a sign for the pharmacy counter: we close at 1pm": a named text's figures are its facts, not a sum)
        if not has_number(instruction if named else text) and not conversion:
            # a worker whose every example works on numbers has nothing to work on in a request without any
            score = [s * self.numberless if p.on_numbers else s for p, s in zip(profiles, score, strict=True)]
        if counted:
            # "how many moons does Jupiter have": a calculator's words, but a count to look up, nothing to work out;
            # a fact, like who or when: a worker none of whose examples asks for one writes or checks something else
            score = [s * self.worldly if p.on_numbers else s for p, s in zip(profiles, score, strict=True)]
            score = [s if p.fact_asking else s * self.formless for p, s in zip(profiles, score, strict=True)]
        elif now:
            # "Will it snow in Oslo this Friday?", "Get today's bitcoin price": what holds now, a fact about the
            # world like who or when; a worker none of whose examples asks for one writes or checks something else
            score = [s if p.fact_asking else s * self.formless for p, s in zip(profiles, score, strict=True)]
            # and it hands over nothing: a worker whose every example works on a given text has nothing to read
            score = [s * self.materialless if p.on_material else s for p, s in zip(profiles, score, strict=True)]
        elif asks_a_span(text) or conversion or asks_of_data(text) or asks_a_statistic(text):
            # two clock times and how long between them, or one unit counted in another, or the mean of a list
            # given: a sum to work out, whatever the times, units or numbers are of
            score = [s if p.on_numbers else s * self.worldly for p, s in zip(profiles, score, strict=True)]
        if head is None and (_hands_over_code(text) or text.rstrip().endswith(CODE_MARK)):
            # a ``` block (or a part marked as code) is code to read, whatever the words beside it say: a worker that
            # does not say it works on code has nothing to do with it, unless a verb says who acts ("Write ...")
            score = [s if p.on_code else s * self.formless for p, s in zip(profiles, score, strict=True)]
        given = split_material(text)
        if named or composes_from_notes(*given):
            # "Make a bullet list of ...: water, sun cream, a packed lunch": notes are what a new text is made of,
            # not a text to shorten or review: a worker whose every example works on a given text reads none here;
            # nor are the facts after a text named by its kind ("Message to the parents, two sentences max. ...")
            score = [s * self.materialless if p.on_material else s for p, s in zip(profiles, score, strict=True)]
        if form is not None and not _about_code(text):
            # a question (a bare claim is read as one) that hands over no code and names none ("What is Python
            # named after?", "Does HTTPS encrypt my data?"): a worker that reads code has nothing to read
            score = [s * self.materialless if p.on_code else s for p, s in zip(profiles, score, strict=True)]
        # ("my mortgage" in a choice about money points at no text: only material handed over is one)
        if form is not None and (not points_at_material(text) or (decided is not None and not given[1])):
            # a question that gives no text and points at none ("What's the chemical symbol for gold?") asks about
            # the world: a worker whose every example works on a text the user gives has nothing to work on
            score = [s * self.materialless if p.on_material else s for p, s in zip(profiles, score, strict=True)]
        choices = [
            Choice(w.name, self._confidence(s), f"similarity {s:.3f}") for w, s in zip(workers, score, strict=True)
        ]
        order = sorted(range(len(choices)), key=lambda i: (-choices[i].confidence, i))
        ranked = [choices[i] for i in order]
        if head is not None and len(ranked) > 1:
            # a close call: the verb says who acts ("Write a short bio": the writer, not the summarizer; "Email my
            # tutor asking...": the writer, though the summarizer's card names email threads it reads); and the one
            # worker that declares the verb ("Summarize this client brief: ...") acts when it comes near the best
            by_name = {w.name: w for w in workers}
            first = by_name[ranked[0].worker]
            owners = [c for c in ranked[1:] if _does(by_name[c.worker], head)]
            runner_up = ranked[1] if owners[:1] == [ranked[1]] else None
            sole = owners[0] if len(owners) == 1 and not _does(first, head) else None
            if runner_up is not None and runner_up.confidence >= self.verb_margin * ranked[0].confidence:
                promoted = runner_up
            elif sole is not None and (
                sole.confidence >= self.owner_margin * ranked[0].confidence
                or (
                    (bool(given[1]) or names_a_text(head) and not _profile(by_name[sole.worker]).on_code)
                    and verb_head(instruction) is not None  # a verb that orders, not a noun ("Summary figures: ...")
                    and _profile(by_name[sole.worker]).on_material
                    and _offers(by_name[sole.worker], head)
                )
            ):
                # a text handed over (or named: "summarise the letter") and the one worker that offers the verb as
                # its work on a given text: it is asked, however far the text's words pull another ("Please ...:")
                promoted = sole
            else:
                promoted = None
            if promoted is not None and not _offers(first, head):
                ranked.remove(promoted)
                ranked.insert(0, promoted)
        return ranked

    @staticmethod
    def _asks_if_so(instruction: str, text: str) -> bool:
        """Whether ``instruction`` asks whether a claim about the world holds ("Is Mount Everest the highest
        mountain on Earth?", ``forms.asks_whether_so``): not what holds now or is to come ("Is it going to be sunny
        in Rome on Saturday?", the researcher's), nor anything about code."""
        return asks_whether_so(instruction) and not asks_about_now(instruction) and not _about_code(text)

    def _blend(self, scores: list[float], views: Sequence[Sequence[str]]) -> list[float]:
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
