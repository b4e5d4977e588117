"""Planning: turning a compound request into sub-tasks, each assigned to a worker, with their dependencies.

The supervisor asks a ``Planner`` for a ``Plan``. ``ClausePlanner`` is the offline default: it splits the
request on its list items, sentences, semicolons and connectives ("then", "and also", "after that", and an
"and"/comma followed by a new instruction), assigns each piece with a decider, and merges neighbouring pieces
that go to the same worker (one worker, one step). A piece depends on the one before when it is sequenced
("then", "after that", a numbered list) or refers back to it ("it", "them", "the results"); the others run
concurrently. A Claude planner returns the same ``Plan`` from its JSON (``Plan.from_dict``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from patterns.deciding import Decider, RankingDecider
from patterns.errors import PlanError
from patterns.worker import Request, Worker


@dataclass(slots=True)
class Task:
    """One sub-task: ``worker`` is a worker's name (``None``: nobody fits); ``depends_on`` names earlier tasks."""

    id: str
    text: str
    worker: str | None = None
    depends_on: tuple[str, ...] = ()


@dataclass(slots=True)
class Plan:
    """Sub-tasks in order; each depends only on tasks before it, so the order is always runnable."""

    tasks: list[Task] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tasks": [
                {"id": t.id, "text": t.text, "worker": t.worker, "depends_on": list(t.depends_on)} for t in self.tasks
            ]
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], workers: Sequence[str] | None = None) -> Plan:
        """A plan from its JSON, validated: known workers (when ``workers`` is given), no forward dependencies."""
        tasks: list[Task] = []
        seen: set[str] = set()
        for i, raw in enumerate(data.get("tasks") or []):
            task_id = str(raw.get("id") or i + 1)
            if task_id in seen:
                raise PlanError(f"task id {task_id!r} appears twice")
            worker = raw.get("worker")
            if worker is not None and workers is not None and worker not in workers:
                raise PlanError(f"task {task_id} names unknown worker {worker!r}")
            depends = tuple(str(d) for d in raw.get("depends_on") or ())
            unknown = [d for d in depends if d not in seen]
            if unknown:
                raise PlanError(f"task {task_id} depends on {unknown}, which do not come before it")
            text = str(raw.get("text") or "").strip()
            if not text:
                raise PlanError(f"task {task_id} has no text")
            tasks.append(Task(task_id, text, worker, depends))
            seen.add(task_id)
        if not tasks:
            raise PlanError("the plan has no tasks")
        return cls(tasks)


class Planner(Protocol):
    """Makes a plan for ``request`` over ``workers``."""

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan: ...


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause of a request and whether it was sequenced after the one before it."""

    text: str
    sequenced: bool = False


# Imperative verbs that open a new instruction after "and" or a comma: general task words, not tied to workers.
ACTION_VERBS = frozenset(
    """add analyse analyze answer ask build calculate check collect compare compile compose compute condense
    confirm convert count create critique describe design determine draft edit email estimate evaluate explain
    extract fact-check figure find fix format gather generate get give identify investigate list look make
    measure note outline plan polish post prepare produce proofread publish rate recap recommend refactor
    research review rewrite run score search send shorten show solve suggest summarise summarize test tell
    translate tweet validate verify write""".split()
)

_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=\S)")
_BULLET = re.compile(r"(?m)^\s*[-*\u2022]\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])")
_SEQUENCERS = r"(?:and\s+)?then|after\s+that|afterwards|next|finally|lastly"
_LEADING_SEQUENCER = re.compile(rf"^(?:{_SEQUENCERS})\b[\s,]*", re.IGNORECASE)
_LEADING_FILLER = re.compile(r"^(?:and\s+also|also|and|first(?:ly)?|please|plus)\b[\s,]*", re.IGNORECASE)
_INLINE_SEQUENCE = re.compile(rf",?\s+(?={_SEQUENCERS}\b)", re.IGNORECASE)
_AND_ALSO = re.compile(r",?\s+(?=and\s+also\b)", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"\b(?:it|its|them|they|their|this|that|these|those|the\s+(?:findings|results?|answer|summary|issues|output))\b",
    re.IGNORECASE,
)


def split_tasks(text: str) -> list[Piece]:
    """The request's clauses, in order. A request with one instruction comes back as one piece."""
    items, numbered = list_items(text)
    pieces: list[Piece] = []
    for item_index, item in enumerate(items):
        # a numbered list is a sequence; a sequencer left alone ("After that,") applies to what follows it
        carry = numbered and item_index > 0
        for sentence in _SENTENCE_END.split(item.strip()):
            for clause in re.split(r"\s*;\s+", sentence):
                for part in _split_connectives(clause):
                    carry = carry or bool(_LEADING_SEQUENCER.match(part.strip()))
                    cleaned = _clean(part)
                    if cleaned:
                        pieces.append(Piece(cleaned, carry))
                        carry = False
    return pieces or [Piece(text.strip())]


def list_items(text: str) -> tuple[list[str], bool]:
    """The items of a numbered (1, 2, 3...) or bulleted list in ``text``, and whether it is numbered.

    Numbers count only as a run from 1 upward, so "15% of 80. Also..." is not mistaken for item 80.
    """
    starts: list[tuple[int, int]] = []
    expected = 1
    for match in _NUMBER.finditer(text):
        if int(match.group(1)) == expected:
            starts.append((match.start(1), match.end()))
            expected += 1
    if len(starts) >= 2:
        head = text[: starts[0][0]]
        bounds = [end for _, end in starts]
        ends = [start for start, _ in starts[1:]] + [len(text)]
        items = [text[b:e] for b, e in zip(bounds, ends, strict=True)]
        return [i for i in [head, *items] if i.strip() and not _is_intro(i)], True
    bullets = [b for b in _BULLET.split(text) if b.strip() and not _is_intro(b)]
    return (bullets, False) if len(bullets) >= 2 else ([text], False)


def _is_intro(chunk: str) -> bool:
    # "Please do the following:" introduces a list; it is not a task of its own
    return chunk.strip().endswith(":")


def _split_connectives(clause: str) -> list[str]:
    parts = [p for chunk in _INLINE_SEQUENCE.split(clause) for p in _AND_ALSO.split(chunk)]
    out: list[str] = []
    for part in parts:
        out.extend(_split_on_new_instruction(part))
    return out


def _split_on_new_instruction(clause: str) -> list[str]:
    """Split at ", and VERB", " and VERB" or ", VERB" where VERB opens a new instruction."""
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"(?:,\s*(?:and\s+)?|\s+and\s+)([a-z][a-z-]*)", clause):
        if match.group(1).lower() in ACTION_VERBS and clause[start : match.start()].strip():
            pieces.append(clause[start : match.start()])
            start = match.start(1)
    pieces.append(clause[start:])
    return pieces


def _clean(part: str) -> str:
    text = part.strip(" ,.;")
    for _ in range(3):
        text = _LEADING_FILLER.sub("", _LEADING_SEQUENCER.sub("", text)).strip(" ,")
    return text[:1].upper() + text[1:] if text else ""


class ClausePlanner:
    """The offline planner: ``split_tasks``, then each piece to the decider's best worker.

    A piece is ranked twice, whole and by its first two words (the instruction: "Search for", "Write a"), and
    the two confidences averaged: in a clause the verb says who should act while the rest says what about, and
    the topic words alone often point at the wrong specialist.
    """

    def __init__(self, decider: Decider | None = None, *, threshold: float = 0.0, head_words: int = 2) -> None:
        self.decider = decider or RankingDecider()
        self.threshold = threshold
        self.head_words = head_words

    async def assign(self, text: str, workers: Sequence[Worker]) -> str | None:
        """The worker for one sub-task, or ``None`` when none reaches the threshold."""
        scores: dict[str, float] = {}
        views = [text]
        head = " ".join(text.split()[: self.head_words])
        if self.head_words and head != text:
            views.append(head)
        for view in views:
            for choice in await self.decider.rank(Request(view), workers):
                scores[choice.worker] = scores.get(choice.worker, 0.0) + choice.confidence / len(views)
        if not scores:
            return None
        best = max(scores, key=lambda name: scores[name])
        return best if scores[best] >= self.threshold else None

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        tasks: list[Task] = []
        for piece in split_tasks(request.text):
            worker = await self.assign(piece.text, workers)
            previous = tasks[-1] if tasks else None
            if previous is not None and worker is not None and worker == previous.worker:
                previous.text = f"{previous.text}; {piece.text[:1].lower()}{piece.text[1:]}"
                continue
            depends = ()
            if previous is not None and (piece.sequenced or _REFERS_BACK.search(piece.text)):
                depends = (previous.id,)
            tasks.append(Task(str(len(tasks) + 1), piece.text, worker, depends))
        return Plan(tasks)
