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

from patterns.clauses import split_material
from patterns.lexical import tokenize
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


def declared_words(worker: Worker) -> frozenset[str]:
    """The words (tokenized, stemmed) of what ``worker`` says it does: description, skill names and descriptions,
    tags. Numbers and words of under three letters say nothing about a capability and are left out."""
    said = [worker.description, *(f"{s.name} {s.description} {' '.join(s.tags)}" for s in worker.skills)]
    return frozenset(w for w in tokenize(" ".join(said)) if w.isalpha() and len(w) >= 3)


def evidence_for(text: str, worker: Worker, over: Worker) -> list[str]:
    """The words of ``text``'s instruction (its material left out) that ``worker`` declares and ``over`` does not,
    in the order the request says them; empty when the request names nothing ``worker`` does that ``over`` does
    not do as well."""
    instruction = split_material(text)[0] or text
    own, other = declared_words(worker), declared_words(over)
    return list(dict.fromkeys(w for w in tokenize(instruction) if w in own and w not in other))


class RankingDecider:
    """The offline decider: sentence-embedding similarity with a lexical bonus, via ``patterns.ranking``.

    ``skill_weight`` is the share of the score from the best single capability (the rest from the whole
    card); ``top_k`` averages the k best capabilities, so one lucky example does not decide alone.
    Confidence is the blended cosine clipped to [0, 1]; with BM25 only, the raw score squashed as s/(s+2).
    """

    # A larger lexical bonus than the ranker's default: the words of a skill ("review", "summarize", "verify")
    # are strong evidence for an agent, stronger than for a tool whose arguments vary.
    LEXICAL_WEIGHT = 0.2

    def __init__(self, ranker: Ranker | None = None, *, skill_weight: float = 0.5, top_k: int = 2) -> None:
        self.ranker = ranker or Ranker(lexical_weight=self.LEXICAL_WEIGHT)
        self.skill_weight = skill_weight
        self.top_k = top_k

    async def rank(self, request: Request, workers: Sequence[Worker]) -> list[Choice]:
        # the sentence encoder is CPU work: off the event loop, so other requests are served meanwhile
        return await asyncio.to_thread(self.rank_now, request.text, list(workers))

    def rank_now(self, text: str, workers: Sequence[Worker]) -> list[Choice]:
        """The same ranking, synchronously (the supervisor's offline planner and benchmarks use it)."""
        if not workers or not text.strip():
            return []
        # Who should act is said by the instruction; the material it introduces (the text to summarize, the
        # code to review) is about something else and would pull the request towards that topic's agent.
        instruction, material = split_material(text)
        if material and instruction:
            text = instruction
        views = [[card_text(w), *skill_texts(w)] for w in workers]
        flat = [t for texts in views for t in texts]
        scores = self.ranker.scores(text, flat)
        choices: list[Choice] = []
        offset = 0
        for worker, texts in zip(workers, views, strict=True):
            own = scores[offset : offset + len(texts)]
            offset += len(texts)
            best = sorted(own[1:], reverse=True)[: self.top_k]
            score = self.skill_weight * (sum(best) / len(best)) + (1 - self.skill_weight) * own[0]
            choices.append(Choice(worker.name, self._confidence(score), f"similarity {score:.3f}"))
        order = sorted(range(len(choices)), key=lambda i: (-choices[i].confidence, i))
        return [choices[i] for i in order]

    def _confidence(self, score: float) -> float:
        if self.ranker.semantic:
            return min(1.0, max(0.0, score))
        return score / (score + 2.0) if score > 0 else 0.0
